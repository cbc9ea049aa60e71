"""The HTTP layer: flask-smorest blueprints over `server.store` and `server.core`."""

from flask import request
from flask_cors import CORS
from flask_smorest import Api
from werkzeug.exceptions import MethodNotAllowed

from . import converters, openapi
from .json_body import BoundedJsonProvider, SegueRequest
from .security import EXTENSION_ORIGIN, check_request

API_SETTINGS = {
    "API_TITLE": "Segue",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api",
    "OPENAPI_JSON_PATH": "openapi.json",
    "API_SPEC_OPTIONS": {
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "calendarKey": {"type": "apiKey", "in": "query", "name": "key"},
            },
        },
        "security": [{"bearer": []}],
    },
}


def init_app(app):
    """Register the security checks, CORS and every blueprint on `app`."""
    app.request_class = SegueRequest
    app.json = BoundedJsonProvider(app)
    for key, value in API_SETTINGS.items():
        app.config.setdefault(key, value)
    app.before_request(check_request)
    app.after_request(allow_header)
    # Extension origins only: a web page never gets a CORS grant, and never `*`.
    CORS(
        app,
        resources={r"/api/*": {"origins": [EXTENSION_ORIGIN]}},
        allow_headers=["Authorization", "Content-Type"],
        expose_headers=["X-Pagination"],
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        vary_header=True,
    )
    api = Api(app, spec_kwargs={"extra_plugins": [openapi.ErrorResponses()]})
    openapi.register(api)
    converters.register(app, api)
    from . import (
        agenda,
        backup,
        calendar,
        contacts,
        exchange,
        health,
        interviews,
        me,
        messages,
        opportunities,
        talking_points,
        timeframe,
        touches,
    )

    for module in (
        health,
        me,
        contacts,
        talking_points,
        messages,
        exchange,
        opportunities,
        interviews,
        touches,
        agenda,
        calendar,
        backup,
        timeframe,
    ):
        api.register_blueprint(module.blp)
    return api


def allow_header(response):
    """Name the methods a route takes on its 405 (RFC 9110); flask-smorest's answer drops it."""
    error = request.routing_exception
    if response.status_code == 405 and isinstance(error, MethodNotAllowed) and error.valid_methods:
        response.headers["Allow"] = ", ".join(sorted(error.valid_methods))
    return response
