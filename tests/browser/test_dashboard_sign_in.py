"""Signing in to the dashboard: nothing shows before it, and the token leaves the address."""

import pytest
import requests

PAGES = ("/", "/pipeline", "/contacts", "/me", "/import")


@pytest.fixture
def secret_contact(dashboard):
    return dashboard.add_contact(full_name="Zelda Quintero", email="zelda@example.com")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_shows_only_how_to_sign_in_without_the_cookie(dashboard, secret_contact, path):
    page = dashboard.open(path)
    assert page.get_by_test_id("sign-in").is_visible()
    assert "Zelda" not in page.content()
    assert page.get_by_role("navigation").count() == 0


def test_a_contact_page_shows_nothing_before_sign_in(dashboard, secret_contact):
    page = dashboard.open(f"/contacts/{secret_contact['id']}")
    assert page.get_by_test_id("sign-in").is_visible()
    assert "Zelda" not in page.content() and "zelda@example.com" not in page.content()


def test_the_sign_in_link_sets_a_strict_http_only_cookie_and_leaves_the_address(
    dashboard, secret_contact
):
    page = dashboard.sign_in()
    assert page.url == f"{dashboard.server.url}/"
    assert dashboard.server.token not in page.url
    # The redirect replaced the sign-in address: one step back is the blank tab it came from.
    assert page.evaluate("history.length") == 2
    page.go_back()
    assert page.url == "about:blank"
    page.go_forward()
    assert page.url == f"{dashboard.server.url}/"
    (cookie,) = [c for c in dashboard.context.cookies() if c["name"] == "segue_session"]
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"
    assert cookie["expires"] > 0  # a dated cookie, not one for as long as the browser runs
    assert "segue_session" not in page.evaluate("document.cookie")
    page = dashboard.open("/contacts", page)
    assert page.get_by_test_id("sign-in").count() == 0
    assert page.get_by_test_id("contact-row").filter(has_text="Zelda Quintero").count() >= 1


def test_a_wrong_token_in_the_link_signs_nobody_in(dashboard):
    page = dashboard.open("/login?token=not-the-token")
    assert page.get_by_test_id("sign-in").is_visible()
    assert page.get_by_role("alert").is_visible()
    assert not [c for c in dashboard.context.cookies() if c["name"] == "segue_session"]


def test_the_sign_in_answer_is_kept_from_caches_and_referers(dashboard):
    response = requests.get(dashboard.sign_in_url(), allow_redirects=False, timeout=5)
    assert response.status_code == 303
    assert response.headers["Location"] == "/"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_pages_forbid_framing_and_inline_script(dashboard):
    response = requests.get(f"{dashboard.server.url}/", timeout=5)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_signing_out_ends_the_session(dashboard):
    page = dashboard.sign_in()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login")
    page = dashboard.open("/contacts", page)
    assert page.get_by_test_id("sign-in").is_visible()
