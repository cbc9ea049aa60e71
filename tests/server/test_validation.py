"""Bad input gets a clear 4xx that names the field, and nothing is stored."""

import json

import pytest

from tests.server.profiles import profile


def capture_with(**changes):
    return ("POST", "/api/contacts/capture", profile(**changes))


MALFORMED = [
    # (method, path, body, field the error must name)
    (*capture_with(full_name=None), "full_name"),
    (*capture_with(full_name=""), "full_name"),
    (*capture_with(full_name="   "), "full_name"),
    (*capture_with(full_name=12), "full_name"),
    (*capture_with(full_name=["Priya"]), "full_name"),
    (*capture_with(full_name="x" * 201), "full_name"),
    (*capture_with(full_name="Pri\x00ya"), "full_name"),
    (*capture_with(full_name="Priya \ud83d"), "full_name"),
    (*capture_with(linkedin_url=None), "linkedin_url"),
    (*capture_with(linkedin_url="https://example.com/in/priya/"), "linkedin_url"),
    (*capture_with(linkedin_url="javascript:alert(1)"), "linkedin_url"),
    (*capture_with(headline="h" * 501), "headline"),
    (*capture_with(about="a" * 10_001), "about"),
    (*capture_with(photo_url="javascript:alert(1)"), "photo_url"),
    (*capture_with(positions="Engineer"), "positions"),
    (*capture_with(positions=[{"title": "x", "start": "July 2021"}]), "positions"),
    (*capture_with(positions=[{"title": "x", "end": "2021-13"}]), "positions"),
    (*capture_with(positions=[{"title": "x", "salary": 1}]), "positions"),
    (*capture_with(positions=[{"title": "x"}] * 101), "positions"),
    (*capture_with(education=[{"degree": "BS"}]), "education"),
    (*capture_with(skills="Go"), "skills"),
    (*capture_with(skills=["s" * 101]), "skills"),
    (*capture_with(skills=[None]), "skills"),
    (*capture_with(interests=[1, 2]), "interests"),
    (*capture_with(capture={"complete": "maybe"}), "capture"),
    (*capture_with(unexpected="field"), "unexpected"),
    ("POST", "/api/contacts", {"full_name": "<script>alert(1)</script>", "email": "nope"}, "email"),
    ("POST", "/api/contacts", {"headline": "no name"}, "full_name"),
    ("POST", "/api/contacts", {"full_name": "Ann", "phone": "call me maybe"}, "phone"),
    (
        "POST",
        "/api/contacts",
        {"full_name": "Ann", "preferred_channel": "pigeon"},
        "preferred_channel",
    ),
    ("POST", "/api/contacts", {"full_name": "Ann", "notes": "n" * 20_001}, "notes"),
    ("POST", "/api/contacts", {"full_name": "Ann", "linkedin_url": "not a url"}, "linkedin_url"),
    ("PUT", "/api/me", {"account_type": "gold"}, "account_type"),
    ("PUT", "/api/me", {"schools": [{"school": ""}]}, "schools"),
    ("PUT", "/api/me", {"employers": [{"company": "Contoso", "start": "1999-00"}]}, "employers"),
    ("PUT", "/api/me", {"interests": "golf"}, "interests"),
    ("PUT", "/api/me", {"interests": ["golf"] * 101}, "interests"),
    ("PUT", "/api/me", {"full_name": {"first": "Sam"}}, "full_name"),
]


@pytest.mark.parametrize(("method", "path", "body", "field"), MALFORMED)
def test_malformed_input_names_the_field(client, method, path, body, field):
    response = client.request(method, path, json=body)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"]["json"]
    assert client.get("/api/contacts").json == []


def test_invalid_talking_points_name_the_field(client):
    contact = client.post("/api/contacts/capture", json=profile()).json
    path = f"/api/contacts/{contact['id']}/talking-points"
    for body, field in [
        ({"kind": "gossip", "text": "x"}, "kind"),
        ({"kind": "derived", "text": "x"}, "kind"),
        ({"kind": "interview", "text": ""}, "text"),
        ({"kind": "interview"}, "text"),
        ({"kind": "article", "text": "Read this", "url": "ftp://x"}, "url"),
        ({"kind": "custom", "text": "t" * 1001}, "text"),
    ]:
        response = client.post(path, json=body)
        assert response.status_code == 422
        assert field in response.json["errors"]["json"]
    manual = [p for p in client.get(path).json if p["source"] == "manual"]
    assert manual == []


@pytest.mark.parametrize(
    "raw",
    [b"{", b"[1, 2", b"nul", b"\xff\xfe{}", b'{"full_name": "a",}', b"", b"{'a': 1}"],
)
def test_broken_json_is_4xx(client, raw):
    response = client.post(
        "/api/contacts/capture", data=raw, headers={"Content-Type": "application/json"}
    )
    assert 400 <= response.status_code < 500
    assert response.json["code"] == response.status_code
    assert "json" in response.json["errors"]


@pytest.mark.parametrize("body", [None, [], [profile()], "text", 42, True])
def test_body_that_is_not_an_object_is_422(client, body):
    response = client.post(
        "/api/contacts/capture", data=json.dumps(body), headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422)
    assert "json" in response.json["errors"]


def test_markup_and_unicode_are_stored_as_text(client):
    name = "<img src=x onerror=alert(1)> Zoë 王 🙂 \u202eevil"
    body = client.post("/api/contacts/capture", json=profile(full_name=name)).json
    assert body["full_name"] == name
    assert client.get(f"/api/contacts/{body['id']}").json["full_name"] == name


def test_unknown_ids_are_404(client):
    assert client.get("/api/contacts/424242").status_code == 404
    assert client.patch("/api/contacts/424242", json={"notes": "x"}).status_code == 404
    assert client.delete("/api/contacts/424242").status_code == 404
    assert client.get("/api/contacts/424242/talking-points").status_code == 404
    assert (
        client.post(
            "/api/contacts/424242/talking-points", json={"kind": "custom", "text": "x"}
        ).status_code
        == 404
    )
    assert client.patch("/api/talking-points/424242", json={"text": "x"}).status_code == 404
    assert client.delete("/api/talking-points/424242").status_code == 404
    assert client.get("/api/contacts/not-a-number").status_code == 404


def test_pagination_arguments_are_checked(client):
    assert client.get("/api/contacts?page=0").status_code == 422
    assert client.get("/api/contacts?per_page=100000").status_code == 422
    assert "q" in client.get("/api/contacts?q=" + "x" * 201).json["errors"]["query"]


def test_longest_allowed_values_are_stored(client):
    longest = profile(
        full_name="N" * 200,
        headline="h" * 500,
        location="l" * 200,
        about="a" * 10_000,
        linkedin_url="https://www.linkedin.com/in/" + "é" * 100 + "/",
        positions=[{"title": "t" * 300, "company": "c" * 300, "location": "l" * 200}],
        education=[{"school": "s" * 300, "degree": "d" * 300, "field": "f" * 300}],
        skills=["s" * 100] * 200,
    )
    response = client.post("/api/contacts/capture", json=longest)
    assert response.status_code == 201, response.json
    stored = client.get(f"/api/contacts/{response.json['id']}").json
    assert stored["current_title"] == "t" * 300
    assert stored["education"][0]["school"] == "s" * 300
    edit = {"notes": "n" * 20_000, "email": "a" * 64 + "@example.com", "phone": "1" * 50}
    assert client.patch(f"/api/contacts/{stored['id']}", json=edit).status_code == 200


HUGE = 2**64 + 1


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"/api/contacts/{HUGE}"),
        ("PATCH", f"/api/contacts/{HUGE}"),
        ("DELETE", f"/api/contacts/{HUGE}"),
        ("GET", f"/api/contacts/{HUGE}/talking-points"),
        ("POST", f"/api/contacts/{HUGE}/talking-points"),
        ("GET", f"/api/contacts/{HUGE}/suggestions"),
        ("PATCH", f"/api/talking-points/{HUGE}"),
        ("DELETE", f"/api/talking-points/{HUGE}"),
        ("GET", "/api/contacts/0"),
        ("GET", "/api/contacts/-1"),
    ],
)
def test_ids_no_row_can_have_are_404(client, method, path):
    assert client.request(method, path, json={"text": "x"}).status_code == 404


def test_numbers_past_any_row_are_422(client):
    assert "page" in client.get(f"/api/contacts?page={HUGE}").json["errors"]["query"]
    response = client.post(
        "/api/messages/lint", json={"kind": "thank_you", "text": "x", "contact_id": HUGE}
    )
    assert "contact_id" in response.json["errors"]["json"]


def test_empty_profile_url_clears_it(client):
    created = client.post("/api/contacts", json={"full_name": "Ann Lee", "linkedin_url": ""})
    assert created.status_code == 201 and created.json["linkedin_url"] is None
    contact = client.post("/api/contacts/capture", json=profile()).json
    cleared = client.patch(f"/api/contacts/{contact['id']}", json={"linkedin_url": ""})
    assert cleared.status_code == 200 and cleared.json["linkedin_url"] is None
