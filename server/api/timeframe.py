"""How Segue reads an interviewer's timeframe before anything is saved: the popup shows it live."""

import datetime

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint

from server.core.plan import follow_up_on, read_timeframe
from server.core.plan.model import Interview

from .fields import Text
from .plan_schemas import Day

blp = Blueprint("timeframe", __name__, url_prefix="/api", description="Reading a timeframe")


class TimeframeQueryArgsSchema(ma.Schema):
    words = Text(max_length=200, load_default="", metadata={"description": "e.g. about a week"})
    on = Day(metadata={"description": "The interview day; default today"})


class TimeframeSchema(ma.Schema):
    decide_by = ma.fields.Date(dump_only=True, allow_none=True)
    follow_up_on = ma.fields.Date(dump_only=True)


@blp.route("/timeframe")
class Timeframe(MethodView):
    @blp.arguments(TimeframeQueryArgsSchema(), location="query")
    @blp.response(200, TimeframeSchema)
    def get(self, args):
        """The decision date the words give, and when to follow up (nothing is stored)"""
        on = args.get("on") or datetime.date.today()
        decide_by = read_timeframe(args["words"], on) if args["words"] else None
        interview = Interview(id=0, opportunity_id=0, on=on, decide_by=decide_by)
        return {"decide_by": decide_by, "follow_up_on": follow_up_on(interview)}
