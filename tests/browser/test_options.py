"""The options page: server address, token, connection status, and "about me"."""

import socket

from playwright.sync_api import expect


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stored_settings(segue):
    return segue.chrome("async () => chrome.storage.local.get(['serverUrl', 'token'])")


def save_connection(options, url, token):
    options.get_by_test_id("server-url").fill(url)
    options.get_by_test_id("token").fill(token)
    options.get_by_test_id("save").click()


def test_defaults_to_the_standard_address(segue):
    segue.chrome("async () => chrome.storage.local.clear()")
    options = segue.open_options()
    expect(options.get_by_test_id("server-url")).to_have_value("http://127.0.0.1:7313")
    expect(options.get_by_test_id("token")).to_have_value("")


def test_save_stores_settings_and_reports_connected(segue):
    segue.chrome("async () => chrome.storage.local.clear()")
    options = segue.open_options()
    save_connection(options, f"{segue.server.url}/", f"Bearer {segue.server.token} ")
    expect(options.get_by_test_id("connection-status")).to_have_text("Connected")
    assert stored_settings(segue) == {"serverUrl": segue.server.url, "token": segue.server.token}


def test_wrong_token_is_reported(segue):
    options = segue.open_options()
    save_connection(options, segue.server.url, "not-the-token")
    expect(options.get_by_test_id("connection-status")).to_have_text("Wrong token")


def test_server_not_running_is_reported(segue):
    options = segue.open_options()
    save_connection(options, f"http://127.0.0.1:{closed_port()}", segue.server.token)
    expect(options.get_by_test_id("connection-status")).to_contain_text("./scripts/serve")
    expect(options.get_by_test_id("me-save")).to_be_disabled()


def test_a_non_local_address_is_refused_and_not_stored(segue):
    options = segue.open_options()
    expect(options.get_by_test_id("connection-status")).to_have_text("Connected")
    save_connection(options, "http://example.com:7313", segue.server.token)
    expect(options.get_by_role("alert")).to_contain_text("runs on this computer")
    assert stored_settings(segue)["serverUrl"] == segue.server.url


def test_about_me_round_trip(segue):
    options = segue.open_options()
    expect(options.get_by_test_id("connection-status")).to_have_text("Connected")
    expect(options.get_by_test_id("me-save")).to_be_enabled()
    options.get_by_test_id("me-full-name").fill("Sam Viewer")
    options.get_by_test_id("me-headline").fill("Data analyst")
    options.get_by_test_id("me-location").fill("Seattle, Washington")
    options.get_by_test_id("me-account-type").select_option("premium")
    for row in options.get_by_test_id("school-row").all():
        row.get_by_test_id("remove-row").click()
    options.get_by_test_id("add-school").click()
    school = options.get_by_test_id("school-row").last
    school.get_by_test_id("school-name").fill("Univ. of Michigan")
    school.get_by_test_id("school-degree").fill("BS")
    school.get_by_test_id("school-start").fill("2010")
    school.get_by_test_id("school-end").fill("2014")
    for row in options.get_by_test_id("employer-row").all():
        row.get_by_test_id("remove-row").click()
    options.get_by_test_id("add-employer").click()
    employer = options.get_by_test_id("employer-row").last
    employer.get_by_test_id("employer-company").fill("Contoso")
    employer.get_by_test_id("employer-title").fill("Analyst")
    employer.get_by_test_id("employer-start").fill("2015")
    options.get_by_test_id("me-interests").fill("golf, robotics")
    options.get_by_test_id("me-save").click()
    expect(options.get_by_test_id("me-status")).to_have_text("Saved")

    with segue.api() as api:
        me = api.get(f"{segue.server.url}/api/me").json()
    assert me["full_name"] == "Sam Viewer"
    assert me["headline"] == "Data analyst"
    assert me["location"] == "Seattle, Washington"
    assert me["account_type"] == "premium"
    assert [(s["school"], s["degree"], s["start"], s["end"]) for s in me["schools"]] == [
        ("Univ. of Michigan", "BS", "2010", "2014")
    ]
    assert [(e["company"], e["title"], e["start"], e["end"]) for e in me["employers"]] == [
        ("Contoso", "Analyst", "2015", None)
    ]
    assert me["interests"] == ["golf", "robotics"]

    options.reload()
    expect(options.get_by_test_id("me-full-name")).to_have_value("Sam Viewer")
    expect(options.get_by_test_id("me-account-type")).to_have_value("premium")
    expect(options.get_by_test_id("school-name")).to_have_value("Univ. of Michigan")
    expect(options.get_by_test_id("employer-company")).to_have_value("Contoso")
    expect(options.get_by_test_id("me-interests")).to_have_value("golf, robotics")


def test_options_are_keyboard_reachable_and_labelled(segue):
    options = segue.open_options()
    expect(options.get_by_test_id("connection-status")).to_have_text("Connected")
    for test_id in ("server-url", "token", "me-full-name", "me-account-type", "me-interests"):
        field = options.get_by_test_id(test_id)
        assert field.evaluate("(el) => el.labels.length") == 1, test_id
    options.get_by_test_id("server-url").focus()
    options.keyboard.press("Tab")
    expect(options.get_by_test_id("token")).to_be_focused()
