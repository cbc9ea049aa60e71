"""Writes from the dashboard need its session, its own origin and the CSRF token."""

import http.server
import threading

import pytest


@pytest.fixture
def other_site():
    """A page on another origin of this machine (same host, another port) to post from."""
    pages = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - http.server's signature
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield pages, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def opportunities(dashboard):
    with dashboard.api() as api:
        return [o["company"] for o in api.get(f"{dashboard.server.url}/api/opportunities").json()]


def test_a_form_posted_from_another_origin_is_refused(dashboard, other_site):
    pages, origin = other_site
    pages["/attack"] = f"""<!DOCTYPE html><html lang="en"><title>x</title><body>
      <form method="post" action="{dashboard.server.url}/opportunities">
        <input name="company" value="Cross Site Co"><input name="csrf_token" value="guessed">
      </form><script>document.forms[0].submit()</script></body></html>"""
    page = dashboard.sign_in()  # signed in: the browser holds the session cookie
    with page.expect_navigation(url=f"{dashboard.server.url}/opportunities"):
        page.goto(f"{origin}/attack")
    assert "sent from another site" in page.content()
    assert "Cross Site Co" not in opportunities(dashboard)


def test_a_fetch_without_the_csrf_token_is_refused(dashboard):
    page = dashboard.sign_in()
    post = """async (withToken) => {
        const body = new FormData();
        body.append("company", withToken ? "Token Co" : "No Token Co");
        const token = document.querySelector('meta[name="csrf-token"]').content;
        const headers = withToken ? {"X-CSRF-Token": token} : {};
        const response = await fetch("/opportunities", {method: "POST", body, headers});
        return response.status;
    }"""
    assert page.evaluate(post, False) == 403
    assert "No Token Co" not in opportunities(dashboard)
    assert page.evaluate(post, True) == 200  # the same request with the token (after 303)
    assert "Token Co" in opportunities(dashboard)


def test_a_form_without_the_session_is_answered_with_the_sign_in_page(dashboard):
    page = dashboard.open("/contacts")
    status = page.evaluate(
        """async () => (await fetch("/opportunities", {method: "POST",
                                                       body: new FormData()})).status"""
    )
    assert status == 401
