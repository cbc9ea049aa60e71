"""Every JSON request body is read once, here, within the limits of `server.core.json_limits`.

Flask's `request.get_json()` (through the app's JSON provider) and the arguments parser of
every blueprint both go through `load_json`, and `check_request` reads each body before any
view runs, so no route, of this package or added later, sees a body past the limits.
"""

from flask import Request
from flask.json.provider import DefaultJSONProvider
from flask_smorest import Blueprint as SmorestBlueprint
from flask_smorest import abort
from webargs import core
from webargs.flaskparser import FlaskParser

from server.core.json_limits import load_json


class BoundedJsonProvider(DefaultJSONProvider):
    """Flask's JSON, reading within limits; writing is unchanged."""

    def loads(self, s, **kwargs):
        return load_json(s)


class SegueRequest(Request):
    def on_json_loading_failed(self, e):
        if e is None:  # not a JSON content type: Flask's own 415
            return super().on_json_loading_failed(e)
        message = getattr(e, "message", "The body is not valid JSON.")
        abort(400, message=message, errors={"json": [message]})


def read_json_body(request: Request) -> None:
    """Parse a JSON body before any view runs; a body past the limits is a 400 here."""
    if request.method in ("POST", "PUT", "PATCH") and request.is_json and request.get_data():
        request.get_json()


class BodyParser(FlaskParser):
    """webargs' parser, given the body Flask already read, instead of parsing it again."""

    def _raw_load_json(self, req):
        if not core.is_json(req.mimetype) or not req.get_data(cache=True):
            return core.missing
        return req.get_json()


class Blueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = BodyParser()
