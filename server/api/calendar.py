"""The agenda as a calendar feed, and the read-only key a calendar app subscribes with."""

import datetime

from flask import Response, current_app
from flask.views import MethodView
from flask_smorest import Blueprint

from server.store.agenda import calendar_feed
from server.token import load_or_create_token, write_new_token

from .plan_schemas import CalendarKeyQueryArgsSchema, CalendarKeySchema, CalendarQueryArgsSchema
from .security import calendar_key_path

blp = Blueprint("calendar", __name__, url_prefix="/api", description="Calendar feed")


def dashboard_url() -> str:
    return f"http://127.0.0.1:{current_app.config['SEGUE_PORT']}/"


@blp.route("/calendar.ics")
class CalendarFeed(MethodView):
    @blp.arguments(CalendarQueryArgsSchema(), location="query")
    @blp.response(200, {"type": "string"}, content_type="text/calendar")
    @blp.doc(security=[{"bearer": []}, {"calendarKey": []}])
    def get(self, args):
        """The agenda's next 60 days as iCalendar events at 09:00, with a reminder each"""
        body = calendar_feed(datetime.date.today(), dashboard_url())
        return Response(body, mimetype="text/calendar")


@blp.route("/calendar/key")
class CalendarKey(MethodView):
    @blp.arguments(CalendarKeyQueryArgsSchema(), location="query")
    @blp.response(200, CalendarKeySchema)
    def get(self, args):
        """The read-only key and URL a calendar app subscribes with (`rotate` makes a new one)"""
        path = calendar_key_path()
        key = write_new_token(path) if args["rotate"] else load_or_create_token(path)
        return {"key": key, "url": calendar_url(current_app.config["SEGUE_PORT"], key)}


def calendar_url(port: int, key: str) -> str:
    """The address a calendar app subscribes to: it reads the calendar and nothing else."""
    return f"http://127.0.0.1:{port}/api/calendar.ics?key={key}"
