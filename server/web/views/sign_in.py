"""Sign-in: the link `segue serve` prints starts a session and leaves the address bar."""

from flask import make_response, redirect, render_template, request, session, url_for

from server.api.security import start_session, token_matches

from .. import bp


@bp.get("/login")
def login():
    """Trade the token in the link for a session cookie, then drop the token from the URL."""
    given = request.args.get("token", "")
    if given and token_matches(given):
        start_session()
        # 303 to a clean address: the token stays out of the page's URL, history and Referer.
        response = redirect(url_for("web.today"), code=303)
    else:
        response = make_response(render_template("sign_in.html", wrong_token=bool(given)), 401)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.post("/logout")
def logout():
    """End this browser's session."""
    session.clear()
    return redirect(url_for("web.login"), code=303)
