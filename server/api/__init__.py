"""The HTTP layer: flask-smorest blueprints over `server.store` and `server.core`."""

from flask_cors import CORS
from flask_smorest import Api

from . import converters
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
    for key, value in API_SETTINGS.items():
        app.config.setdefault(key, value)
    app.before_request(check_request)
    # Extension origins only: a web page never gets a CORS grant, and never `*`.
    CORS(
        app,
        resources={r"/api/*": {"origins": [EXTENSION_ORIGIN]}},
        allow_headers=["Authorization", "Content-Type"],
        expose_headers=["X-Pagination"],
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        vary_header=True,
    )
    api = Api(app)
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
    ):
        api.register_blueprint(module.blp)
    return api
