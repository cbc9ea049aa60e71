"""The dashboard's sign-in and its rules, through Flask's client and the `segue` command."""

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TOKEN, free_port
from tests.server.test_cli import environment, segue

BASE = "http://127.0.0.1:7313"


def sign_in(flask_client, token=TOKEN):
    response = flask_client.get(f"/login?token={token}", base_url=BASE)
    assert response.status_code == 303
    page = flask_client.get("/", base_url=BASE)
    return re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)


@pytest.fixture
def web(app):
    return app.test_client()


def test_a_new_token_ends_every_session(tmp_path, database_url, web):
    from server import create_app

    sign_in(web)
    cookie = web.get_cookie("segue_session", domain="127.0.0.1").value
    rotated = create_app(
        {
            "SEGUE_DATA_DIR": str(tmp_path),
            "SEGUE_DATABASE_URL": database_url,
            "SEGUE_TOKEN": "another-token-after-rotation-0123456789",
            "SEGUE_PORT": 7313,
        }
    ).test_client()
    rotated.set_cookie("segue_session", cookie, domain="127.0.0.1")
    assert rotated.get("/contacts", base_url=BASE).status_code == 401
    assert web.get("/contacts", base_url=BASE).status_code == 200


def test_the_session_cookie_does_not_open_the_api(web):
    sign_in(web)
    assert web.get("/api/contacts", base_url=BASE).status_code == 401


def test_a_write_from_an_extension_origin_is_refused(web):
    token = sign_in(web)
    origin = "chrome-extension://" + "a" * 32
    response = web.post(
        "/opportunities",
        data={"company": "X", "csrf_token": token},
        headers={"Origin": origin},
        base_url=BASE,
    )
    assert response.status_code == 403


def test_a_write_with_json_is_refused(web):
    token = sign_in(web)
    response = web.post(
        "/opportunities",
        json={"company": "X"},
        headers={"Origin": BASE, "X-CSRF-Token": token},
        base_url=BASE,
    )
    assert response.status_code == 415


def test_an_unknown_host_is_refused_on_pages_too(web):
    assert web.get("/login?token=" + TOKEN, base_url="http://evil.example:7313").status_code == 403


def test_a_bad_form_is_422_naming_the_field(web):
    token = sign_in(web)
    response = web.post(
        "/opportunities",
        data={"company": "", "csrf_token": token},
        headers={"Origin": BASE},
        base_url=BASE,
    )
    assert response.status_code == 422
    assert re.search(r'id="new-company"[^>]*>\s*<p class="error">', response.text)


def test_the_timeframe_reading_matches_the_rules(web):
    sign_in(web)
    response = web.get("/pipeline/timeframe?words=about+a+week&on=2026-12-01", base_url=BASE)
    assert response.json["decide_by"] == "2026-12-08"
    assert response.json["follow_up_on"] == "2026-12-11"
    assert web.get("/pipeline/timeframe?on=someday", base_url=BASE).status_code == 422


def test_serve_prints_the_sign_in_link(tmp_path, database_url):
    port = free_port()
    token = "tok-en/+=" + "0" * 32
    env = environment(tmp_path, database_url, SEGUE_PORT=str(port), SEGUE_TOKEN=token)
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "serve"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        banner = "".join(process.stdout.readline() for _ in range(4))
    finally:
        process.terminate()
        process.communicate(timeout=15)
    assert f"http://127.0.0.1:{port}/login?token=tok-en%2F%2B%3D" + "0" * 32 in banner


def test_open_opens_the_sign_in_link_in_the_browser(tmp_path, database_url):
    opened = tmp_path / "opened"
    browser = tmp_path / "fake-browser"
    browser.write_text(f'#!/bin/sh\nprintf "%s" "$1" > {opened}\n')
    browser.chmod(0o755)
    env = environment(tmp_path, database_url, SEGUE_PORT="7399", BROWSER=str(browser))
    result = segue("open", env=env)
    assert result.returncode == 0, result.stderr
    token = segue("token", env=env).stdout.strip()
    assert opened.read_text() == f"http://127.0.0.1:7399/login?token={token}"
