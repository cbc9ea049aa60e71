"""The checks every request passes before any view runs: Host, Origin, size, token, JSON.

The API answers the extension, with a bearer token; the dashboard (the `web` blueprint)
answers the user's browser, with a signed session cookie, a same-origin Origin and a CSRF
token on every write. Both start with the same Host check.
"""

import hashlib
import hmac
import re
import secrets
from pathlib import Path

from flask import current_app, request, session
from flask_smorest import abort
from werkzeug.exceptions import Forbidden, Unauthorized, UnsupportedMediaType

from server.config import CALENDAR_KEY_FILE
from server.token import load_or_create_token

from .json_body import read_json_body

# Chrome extension ids are 32 letters a-p; Firefox gives each install a UUID.
EXTENSION_ORIGIN = re.compile(
    r"^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})$"
)
PUBLIC_ENDPOINTS = {"health.Health"}
# The one route a calendar key opens: calendar apps subscribe to a URL, without headers.
CALENDAR_ENDPOINT = "calendar.CalendarFeed"
UPLOAD_ENDPOINTS = {"exchange.Import", "web.import_preview"}
WEB_BLUEPRINT = "web"
# Pages anyone may load: the sign-in link itself, and the styles the sign-in page needs.
WEB_PUBLIC_ENDPOINTS = {"web.login", "web.static"}
WEB_FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
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
    if request.blueprint == WEB_BLUEPRINT:
        check_web_request()
        return
    origin = request.headers.get("Origin")
    if origin is not None and not is_allowed_origin(origin, port):
        abort(403, message="Requests from web pages are not allowed.")
    check_body_size()
    if request.method == "OPTIONS":
        return  # CORS preflights never carry the token; flask-cors answers them.
    if request.endpoint == CALENDAR_ENDPOINT and "key" in request.args:
        check_calendar_key(request.args["key"])
    elif request.endpoint not in PUBLIC_ENDPOINTS:
        check_token()
    if request.routing_exception is not None:
        return  # no such route or method: the 404 or 405 is the answer, whatever the body
    if request.method in ("POST", "PUT", "PATCH"):
        check_content_type()
    read_json_body(request)


def check_body_size():
    limit = UPLOAD_BODY_LIMIT if request.endpoint in UPLOAD_ENDPOINTS else JSON_BODY_LIMIT
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        abort(413, message=f"The request body is over {limit // (1024 * 1024)} MiB.")


def check_web_request():
    """The dashboard's rules: a signed-in session for every page, and CSRF-safe writes."""
    check_body_size()
    if request.endpoint in WEB_PUBLIC_ENDPOINTS:
        return
    if not signed_in():
        # The web blueprint answers this with the page that says how to sign in.
        raise Unauthorized()
    if request.method in SAFE_METHODS:
        return
    # A form on another site can post here with the cookie withheld by SameSite=Strict, but
    # older browsers and other tabs are not trusted to: the Origin and the token must agree.
    if request.headers.get("Origin") != f"http://{request.host.lower()}":
        raise Forbidden("This form was sent from another site.")
    if request.mimetype not in WEB_FORM_TYPES:
        raise UnsupportedMediaType("Send the form as a form.")
    given = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")
    if not given or not hmac.compare_digest(given.encode(), csrf_token().encode()):
        raise Forbidden("This form has expired; reload the page and try again.")


def session_secret(token: str) -> str:
    """The key that signs dashboard sessions: a new token ends every session."""
    return hmac.new(token.encode(), b"segue dashboard session", hashlib.sha256).hexdigest()


def token_matches(given: str) -> bool:
    return hmac.compare_digest(given.encode(), current_app.config["SEGUE_TOKEN"].encode())


def start_session() -> None:
    """Sign the browser in: a fresh session with its own CSRF token."""
    session.clear()
    session.permanent = True
    session["signed_in"] = True
    session["csrf"] = secrets.token_urlsafe(32)


def signed_in() -> bool:
    return bool(session.get("signed_in"))


def csrf_token() -> str:
    return session.get("csrf", "")


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
