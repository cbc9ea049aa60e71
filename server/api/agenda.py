"""The agenda: what to do today, what is overdue, and what comes next."""

import datetime

from flask.views import MethodView
from flask_smorest import Blueprint

from server.store.agenda import agenda

from .common import shaped
from .plan_schemas import AgendaQueryArgsSchema, AgendaSchema

blp = Blueprint("agenda", __name__, url_prefix="/api", description="The follow-up agenda")


@blp.route("/agenda")
class Agenda(MethodView):
    @blp.arguments(AgendaQueryArgsSchema(), location="query")
    @blp.response(200, AgendaSchema)
    def get(self, args):
        """What is due: overdue and today's items, then the next `days` days"""
        today = args.get("today") or datetime.date.today()
        return shaped(agenda(today, args["days"]))
