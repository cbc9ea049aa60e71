"""The checks every request passes before any view runs: Host, Origin, size, token, JSON."""

import hmac
import re
from pathlib import Path

from flask import current_app, request
from flask_smorest import abort

from server.config import CALENDAR_KEY_FILE
from server.token import load_or_create_token

# Chrome extension ids are 32 letters a-p; Firefox gives each install a UUID.
EXTENSION_ORIGIN = re.compile(
    r"^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})$"
)
PUBLIC_ENDPOINTS = {"health.Health"}
# The one route a calendar key opens: calendar apps subscribe to a URL, without headers.
CALENDAR_ENDPOINT = "calendar.CalendarFeed"
UPLOAD_ENDPOINTS = {"exchange.Import"}
JSON_BODY_LIMIT = 1024 * 1024
UPLOAD_BODY_LIMIT = 20 * 1024 * 1024


def allowed_hosts(port: int) -> set[str]:
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


def server_origins(port: int) -> set[str]:
    return {f"http://{host}" for host in allowed_hosts(port)}


def is_allowed_origin(origin: str, port: int) -> bool:
    return bool(EXTENSION_ORIGIN.match(origin)) or origin in server_origins(port)


def check_request():
    """Refuse a request that did not come from the user's own browser extension or machine."""
    port = current_app.config["SEGUE_PORT"]
    # A page that rebinds its own domain to 127.0.0.1 still sends its own Host name.
    if request.host.lower() not in allowed_hosts(port):
        abort(403, message="Unknown Host header.")
    origin = request.headers.get("Origin")
    if origin is not None and not is_allowed_origin(origin, port):
        abort(403, message="Requests from web pages are not allowed.")
    limit = UPLOAD_BODY_LIMIT if request.endpoint in UPLOAD_ENDPOINTS else JSON_BODY_LIMIT
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        abort(413, message=f"The request body is over {limit // (1024 * 1024)} MiB.")
    if request.method == "OPTIONS":
        return  # CORS preflights never carry the token; flask-cors answers them.
    if request.endpoint == CALENDAR_ENDPOINT and "key" in request.args:
        check_calendar_key(request.args["key"])
    elif request.endpoint not in PUBLIC_ENDPOINTS:
        check_token()
    if request.method in ("POST", "PUT", "PATCH"):
        check_content_type()


def check_token():
    expected = current_app.config["SEGUE_TOKEN"]
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.encode()
    ):
        abort(
            401,
            message="Missing or wrong token. Run `segue token` and paste it into Segue's options.",
            headers={"WWW-Authenticate": 'Bearer realm="segue"'},
        )


def calendar_key_path() -> Path:
    """Where the calendar key is kept: beside the token, readable by the user alone."""
    return Path(current_app.config["SEGUE_DATA_DIR"]) / CALENDAR_KEY_FILE


def check_calendar_key(given: str) -> None:
    """The calendar key reads the calendar feed; it is checked only on that route."""
    expected = load_or_create_token(calendar_key_path())
    if not hmac.compare_digest(given.strip().encode(errors="replace"), expected.encode()):
        abort(401, message="Wrong calendar key. Run `segue calendar-url` for the current address.")


def check_content_type():
    wanted = "multipart/form-data" if request.endpoint in UPLOAD_ENDPOINTS else "application/json"
    if request.mimetype != wanted:
        abort(415, message=f"Send the body as {wanted}.")
