"""The dashboard: server-rendered pages at `/` over the same store and core as the API."""

import datetime

from flask import Blueprint, render_template

from server.api.security import csrf_token, session_secret, signed_in

from .links import mailto

bp = Blueprint(
    "web", __name__, template_folder="templates", static_folder="static", static_url_path="/static"
)

# No inline script or style anywhere: every script and sheet is a file under /static.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    )
)
NAV_LINKS = (
    ("web.today", "Today"),
    ("web.pipeline", "Pipeline"),
    ("web.contacts", "Contacts"),
    ("web.about_me", "About me"),
    ("web.import_form", "Import & export"),
)
# What each kind of message or agenda item is called on the pages.
KIND_LABELS = {
    "connection_note": "Connection note",
    "connection_request": "Connection request",
    "thank_you": "Thank-you email",
    "follow_up": "Follow-up email",
    "check_in": "Check-in",
    "stay_in_touch": "Stay in touch",
    "keep_searching": "Keep searching",
}
SESSION_SETTINGS = {
    "SESSION_COOKIE_NAME": "segue_session",
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Strict",
    "PERMANENT_SESSION_LIFETIME": datetime.timedelta(hours=12),
    # Twelve hours from signing in, not from the last page: the cookie is signed once, rather
    # than again on every page (half a millisecond each), and a session cannot be kept alive.
    "SESSION_REFRESH_EACH_REQUEST": False,
}


def init_app(app):
    """Register the dashboard on `app`, its sessions signed with a key made from the token."""
    app.config.update(SESSION_SETTINGS)
    # Globals rather than context, so macros imported from _macros.html see them too.
    app.jinja_env.globals.update(csrf_token=csrf_token, mailto=mailto, kind_labels=KIND_LABELS)
    app.secret_key = session_secret(app.config["SEGUE_TOKEN"])
    from . import views  # noqa: F401 - the views register themselves on `bp`

    app.register_blueprint(bp)


@bp.app_context_processor
def page_globals():
    return {"signed_in": signed_in(), "nav_links": NAV_LINKS}


@bp.after_request
def security_headers(response):
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    # "same-origin", not "no-referrer": with the latter Chromium sends `Origin: null` on a
    # form post, and the Origin check would refuse the user's own forms.
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


@bp.errorhandler(401)
def sign_in_page(error):
    return render_template("sign_in.html"), 401


@bp.errorhandler(403)
@bp.errorhandler(404)
@bp.errorhandler(415)
def refused_page(error):
    return render_template("refused.html", error=error), error.code
