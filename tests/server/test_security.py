"""The security rules, checked against the real server on a loopback port."""

import os
import stat

import pytest
import requests

from tests.conftest import start_server, stop_server
from tests.server.profiles import profile

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
FIREFOX = "moz-extension://0b7e3e52-6a0c-4a4c-9a53-2f3c1d5e6f70"


def call(server, method, path, *, token=True, headers=None, **kwargs):
    merged = {"Authorization": f"Bearer {server.token}"} if token else {}
    merged.update(headers or {})
    with requests.request(method, server.url + path, headers=merged, timeout=10, **kwargs) as r:
        r.content  # noqa: B018 - read the body before the connection closes
        return r


def test_health_needs_no_token(live_server):
    response = call(live_server, "GET", "/api/health", token=False)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["version"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/me"),
        ("PUT", "/api/me"),
        ("GET", "/api/contacts"),
        ("POST", "/api/contacts"),
        ("POST", "/api/contacts/capture"),
        ("GET", "/api/contacts/1"),
        ("PATCH", "/api/contacts/1"),
        ("DELETE", "/api/contacts/1"),
        ("GET", "/api/contacts/1/talking-points"),
        ("POST", "/api/contacts/1/talking-points"),
        ("PATCH", "/api/talking-points/1"),
        ("DELETE", "/api/talking-points/1"),
        ("GET", "/api/openapi.json"),
        ("GET", "/api/opportunities"),
        ("POST", "/api/opportunities"),
        ("GET", "/api/opportunities/1"),
        ("PATCH", "/api/opportunities/1"),
        ("DELETE", "/api/opportunities/1"),
        ("POST", "/api/opportunities/1/interviews"),
        ("GET", "/api/interviews/1"),
        ("PATCH", "/api/interviews/1"),
        ("DELETE", "/api/interviews/1"),
        ("POST", "/api/touches"),
        ("GET", "/api/contacts/1/touches"),
        ("GET", "/api/agenda"),
        ("GET", "/api/calendar.ics"),
        ("GET", "/api/calendar/key"),
        ("GET", "/api/no-such-route"),
    ],
)
def test_every_other_route_needs_the_token(live_server, method, path):
    missing = call(live_server, method, path, token=False, json={})
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = call(
        live_server,
        method,
        path,
        token=False,
        json={},
        headers={"Authorization": f"Bearer {live_server.token}x"},
    )
    assert wrong.status_code == 401


@pytest.mark.parametrize(
    "authorization",
    ["", "Bearer", "Bearer ", "Basic dGVzdDp0ZXN0", "Token {token}", "{token}", "Bearer  {token}x"],
)
def test_malformed_authorization_is_refused(live_server, authorization):
    header = authorization.format(token=live_server.token)
    response = call(
        live_server, "GET", "/api/contacts", token=False, headers={"Authorization": header}
    )
    assert response.status_code == 401


def test_token_in_query_string_is_not_enough(live_server):
    response = call(live_server, "GET", f"/api/contacts?token={live_server.token}", token=False)
    assert response.status_code == 401


def test_right_token_is_accepted(live_server):
    assert call(live_server, "GET", "/api/contacts").status_code == 200


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1",
        "127.0.0.1:1",
        "localhost:1",
        "127.0.0.2:{port}",
        "0.0.0.0:{port}",
        "[::1]:{port}",
        "localhost.evil.example:{port}",
    ],
)
def test_foreign_host_header_is_403(live_server, host):
    headers = {"Host": host.format(port=live_server.port)}
    assert call(live_server, "GET", "/api/health", token=False, headers=headers).status_code == 403
    assert call(live_server, "GET", "/api/contacts", headers=headers).status_code == 403


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_own_host_header_is_accepted(live_server, host):
    headers = {"Host": host.format(port=live_server.port)}
    assert call(live_server, "GET", "/api/contacts", headers=headers).status_code == 200


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "null",
        "http://127.0.0.1:1",
        "https://www.linkedin.com",
        "chrome-extension://not-an-id",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil",
        "moz-extension://evil",
        "file://",
    ],
)
def test_foreign_origin_is_403(live_server, origin):
    response = call(live_server, "GET", "/api/contacts", headers={"Origin": origin})
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers
    post = call(
        live_server, "POST", "/api/contacts/capture", json=profile(), headers={"Origin": origin}
    )
    assert post.status_code == 403


@pytest.mark.parametrize(
    "origin", [EXTENSION, FIREFOX, "http://127.0.0.1:{port}", "http://localhost:{port}"]
)
def test_extension_and_own_origins_are_accepted(live_server, origin):
    origin = origin.format(port=live_server.port)
    response = call(live_server, "GET", "/api/contacts", headers={"Origin": origin})
    assert response.status_code == 200


@pytest.mark.parametrize("origin", [EXTENSION, FIREFOX])
def test_cors_answers_extension_origins_only(live_server, origin):
    response = call(live_server, "GET", "/api/contacts", headers={"Origin": origin})
    assert response.headers["Access-Control-Allow-Origin"] == origin
    assert "Origin" in response.headers["Vary"]
    assert "X-Pagination" in response.headers["Access-Control-Expose-Headers"]
    preflight = call(
        live_server,
        "OPTIONS",
        "/api/contacts/capture",
        token=False,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()


def test_cors_never_answers_star(live_server):
    for origin in (None, f"http://127.0.0.1:{live_server.port}"):
        headers = {"Origin": origin} if origin else {}
        response = call(live_server, "GET", "/api/health", headers=headers)
        assert response.headers.get("Access-Control-Allow-Origin") != "*"
        assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        ("text/plain", "{}"),
        ("application/x-www-form-urlencoded", "full_name=x"),
        ("multipart/form-data; boundary=x", "--x--"),
        ("text/html", "<p>"),
        (None, "{}"),
    ],
)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/contacts/capture"),
        ("POST", "/api/contacts"),
        ("PUT", "/api/me"),
        ("PATCH", "/api/contacts/1"),
    ],
)
def test_writes_take_json_only(live_server, content_type, data, method, path):
    headers = {"Content-Type": content_type} if content_type else {}
    response = call(live_server, method, path, data=data.encode(), headers=headers)
    assert response.status_code == 415


def test_body_over_one_mebibyte_is_413(live_server):
    big = profile(about="x" * (1024 * 1024))
    response = call(live_server, "POST", "/api/contacts/capture", json=big)
    assert response.status_code == 413
    assert response.json()["code"] == 413


def test_chunked_body_over_one_mebibyte_is_413(live_server):
    def chunks():
        yield b'{"about": "'
        for _ in range(64):
            yield b"x" * 32 * 1024
        yield b'"}'

    response = call(
        live_server,
        "POST",
        "/api/contacts/capture",
        data=chunks(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_server_listens_on_loopback_only(live_server):
    port_hex = f"{live_server.port:04X}"
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as fh:
            for line in fh.readlines()[1:]:
                local, _, state = line.split()[1:4]
                address, port = local.split(":")
                if port == port_hex and state == "0A":
                    listening.append(address)
    assert listening == ["0100007F"]


def test_errors_carry_no_traceback(live_server):
    for method, path, body in [
        ("POST", "/api/contacts/capture", {"linkedin_url": 5}),
        ("GET", "/api/contacts/999999", None),
        ("POST", "/api/contacts/capture", "not json"),
    ]:
        response = call(live_server, method, path, json=body)
        assert 400 <= response.status_code < 500
        assert set(response.json()) <= {"code", "status", "message", "errors"}
        assert "Traceback" not in response.text and 'File "' not in response.text


def test_generated_token_is_private_and_long(tmp_path, database_url):
    server = start_server(tmp_path, database_url, token=None)
    try:
        token_file = tmp_path / "token"
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        token = token_file.read_text().strip()
        assert len(token) >= 22  # 22 url-safe characters carry 132 bits
        assert call(server, "GET", "/api/contacts").status_code == 200
    finally:
        stop_server(server)
    # A second start keeps the same token, so the extension stays connected.
    server = start_server(tmp_path, database_url, token=None)
    try:
        assert server.token == token
    finally:
        stop_server(server)
