"""What a captured contact follows becomes a talking point through the API, and follows "me"."""

from tests.server.profiles import ME, PRIYA, profile

STANFORD_ONLY = [e for e in PRIYA["education"] if e["school"] == "Stanford University"]
FOLLOWED = [
    {"type": "school", "name": "University of Michigan"},
    {"type": "group", "name": "Sailing Club of Seattle"},
    {"type": "person", "name": "Satya Nadella"},
]
SCHOOL_POINT = "Priya follows the University of Michigan, where you studied."
GROUP_POINT = "Priya follows Sailing Club of Seattle, which fits your interest in sailing."


def follows_michigan(**changes):
    """Priya studied at Stanford only, and follows Michigan and a sailing club."""
    fields = {
        "education": STANFORD_ONLY,
        "interests": [f["name"] for f in FOLLOWED],
        "followed": FOLLOWED,
        "about": "I build data platform teams.",
    }
    return profile(**{**fields, **changes})


def followed_texts(points):
    return [p["text"] for p in points if p["kind"] == "followed"]


def capture(client, body):
    response = client.post("/api/contacts/capture", json=body)
    assert response.status_code in (200, 201), response.json
    return response.json


def test_a_captured_contact_who_follows_the_users_school_gets_its_talking_point(client):
    assert client.put("/api/me", json=ME).status_code == 200
    captured = capture(client, follows_michigan())
    assert followed_texts(captured["talking_points"]) == [SCHOOL_POINT, GROUP_POINT]
    [school] = [p for p in captured["talking_points"] if p["text"] == SCHOOL_POINT]
    assert (school["source"], school["evidence"]["type"]) == ("derived", "school")
    # The group stands for the user's interest in sailing: no plain interest point beside it.
    assert [p["kind"] for p in captured["talking_points"]] == ["employer", "followed", "followed"]

    contact_id = captured["id"]
    assert followed_texts(client.get(f"/api/contacts/{contact_id}").json["talking_points"]) == [
        SCHOOL_POINT,
        GROUP_POINT,
    ]
    notes = client.get(
        f"/api/contacts/{contact_id}/suggestions", query_string={"kind": "connection_note"}
    ).json
    said = [n for n in notes if school["id"] in n["talking_points"]]
    assert said
    assert all(
        "I saw you follow the University of Michigan — I studied there too." in n["text"]
        for n in said
    )
    assert all(n["length"] <= 200 for n in notes)
    assert not any("we were both at Michigan" in n["text"] for n in notes)


def test_a_contact_who_studied_where_they_follow_has_only_the_shared_school(client):
    assert client.put("/api/me", json=ME).status_code == 200
    captured = capture(client, follows_michigan(education=PRIYA["education"]))
    points = captured["talking_points"]
    assert followed_texts(points) == [GROUP_POINT]
    assert sum("University of Michigan" in p["text"] for p in points) == 1


def test_the_followed_school_comes_and_goes_with_the_users_schools(client):
    assert client.put("/api/me", json=ME).status_code == 200
    contact_id = capture(client, follows_michigan())["id"]
    elsewhere = {**ME, "schools": [{"school": "Northeastern University"}]}

    assert client.put("/api/me", json=elsewhere).status_code == 200
    points = client.get(f"/api/contacts/{contact_id}/talking-points").json
    assert followed_texts(points) == [GROUP_POINT]

    assert client.put("/api/me", json=ME).status_code == 200
    contact = client.get(f"/api/contacts/{contact_id}").json
    assert followed_texts(contact["talking_points"]) == [SCHOOL_POINT, GROUP_POINT]


def test_a_removed_followed_point_stays_removed_through_a_recapture(client):
    assert client.put("/api/me", json=ME).status_code == 200
    captured = capture(client, follows_michigan())
    [school] = [p for p in captured["talking_points"] if p["text"] == SCHOOL_POINT]
    assert client.delete(f"/api/talking-points/{school['id']}").status_code == 204
    again = capture(client, follows_michigan())
    assert followed_texts(again["talking_points"]) == [GROUP_POINT]


def test_the_dashboard_shows_the_followed_point_and_a_draft_saying_it(client, app):
    from html import unescape

    from tests.server.test_dashboard import BASE, sign_in

    # Without the shared employer, the followed school leads the drafts.
    assert client.put("/api/me", json={**ME, "employers": []}).status_code == 200
    contact_id = capture(client, follows_michigan())["id"]
    web = app.test_client()
    sign_in(web)
    page = unescape(web.get(f"/contacts/{contact_id}", base_url=BASE).text)
    assert f'value="{SCHOOL_POINT}"' in page
    assert "Talking point (followed)" in page
    assert "I saw you follow the University of Michigan — I studied there too." in page
