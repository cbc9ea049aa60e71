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


CARD_ID = r'data-testid="opportunity-card"[^>]* id="opportunity-(\d+)"'


def board_columns(html):
    """Each column's status with the ids of its cards, in page order."""
    sections = re.split(r'<section class="column" data-testid="pipeline-column"', html)[1:]
    return {
        re.match(r' data-status="(\w+)"', section).group(1): [
            int(i) for i in re.findall(CARD_ID, section)
        ]
        for section in sections
    }


def add(client, company, status="applied"):
    response = client.post("/api/opportunities", json={"company": company, "status": status})
    assert response.status_code == 201
    return response.json["id"]


def test_the_closed_columns_are_counted_and_folded_with_the_most_recently_closed(client, web):
    ids = [add(client, f"Closed {n}") for n in range(5)]
    for n in (2, 0, 4, 1, 3):
        client.patch(f"/api/opportunities/{ids[n]}", json={"status": "rejected"})
    withdrawn = add(client, "Gone", status="withdrawn")
    applied = [add(client, f"Open {n}") for n in range(12)]
    sign_in(web)
    page = web.get("/pipeline", base_url=BASE).text
    assert "Closed: rejected (5), withdrawn (1)</summary>" in page
    columns = board_columns(page)
    # Folded: the three most recently closed, not the three added last.
    assert columns["rejected"] == [ids[3], ids[1], ids[4]]
    assert columns["withdrawn"] == [withdrawn]
    assert columns["applied"] == applied[::-1][:10]
    assert 'href="/pipeline?column=rejected" data-testid="show-column">Show all 5 rejected' in page
    assert 'href="/pipeline?column=applied" data-testid="show-column">Show all 12 applied' in page
    assert 'href="/pipeline?column=withdrawn"' not in page
    unfolded = web.get("/pipeline?column=rejected", base_url=BASE).text
    assert board_columns(unfolded) == {"rejected": [ids[n] for n in (3, 1, 4, 0, 2)]}
    assert board_columns(web.get("/pipeline?column=applied", base_url=BASE).text) == {
        "applied": applied[::-1]
    }


def test_a_long_closed_column_is_paged(client, web):
    ids = [add(client, f"Ended {n}", status="withdrawn") for n in range(53)]
    sign_in(web)
    first = web.get("/pipeline?column=withdrawn", base_url=BASE).text
    assert board_columns(first) == {"withdrawn": ids[::-1][:50]}
    assert "Page 1 of 2 (53 in all)" in first
    assert 'href="/pipeline?column=withdrawn&amp;page=2"' in first
    second = web.get("/pipeline?column=withdrawn&page=2", base_url=BASE).text
    assert board_columns(second) == {"withdrawn": ids[::-1][50:]}
    assert 'rel="prev" href="/pipeline?column=withdrawn&amp;page=1"' in second
    beyond = web.get("/pipeline?column=withdrawn&page=3", base_url=BASE)
    assert beyond.status_code == 200 and board_columns(beyond.text) == {"withdrawn": []}
    # The board itself shows three of them, and an old link to everything still opens it.
    for path in ("/pipeline", "/pipeline?all=1"):
        assert board_columns(web.get(path, base_url=BASE).text)["withdrawn"] == ids[::-1][:3]


def test_a_bad_column_or_page_is_422(web):
    sign_in(web)
    for query in ("column=archived", "column=rejected&page=0", "column=rejected&page=two"):
        response = web.get(f"/pipeline?{query}", base_url=BASE)
        assert response.status_code == 422, query
        assert 'role="alert"' in response.text
