"""Contacts and talking points through the API: add, read, edit, search, page, delete."""

import json

from tests.server.profiles import profile


def test_add_by_hand_and_edit(client):
    created = client.post(
        "/api/contacts",
        json={
            "full_name": "Dr. Kwame Mensah, PhD",
            "current_title": "CTO",
            "current_company": "Litware",
            "email": "Kwame@Litware.example",
            "phone": "+1 (404) 555-0101",
        },
    )
    assert created.status_code == 201
    body = created.json
    assert body["first_name"] == "Kwame" and body["last_name"] == "Mensah"
    assert body["email"] == "Kwame@litware.example"
    assert body["linkedin_url"] is None
    edited = client.patch(
        f"/api/contacts/{body['id']}", json={"notes": "Loves chess.", "preferred_channel": "email"}
    ).json
    assert edited["notes"] == "Loves chess." and edited["current_company"] == "Litware"


def test_duplicate_profile_url_by_hand_is_409(client):
    client.post("/api/contacts/capture", json=profile())
    response = client.post(
        "/api/contacts",
        json={
            "full_name": "Priya",
            "linkedin_url": "https://uk.linkedin.com/in/priya-raman-3b7c21",
        },
    )
    assert response.status_code == 409
    assert "linkedin_url" in response.json["errors"]["json"]


def names(client, query: str) -> list[str]:
    """The names of the contacts a search finds, sorted."""
    return sorted(c["full_name"] for c in client.get(f"/api/contacts?{query}").json)


def test_search_by_name_headline_and_company(client):
    client.post("/api/contacts/capture", json=profile())
    client.post(
        "/api/contacts/capture",
        json=profile(
            slug="marcus-oneill-talent",
            full_name="Marcus O'Neill",
            headline="Talent Acquisition Partner @ Fabrikam",
            positions=[
                {"title": "Recruiter", "company": "Fabrikam"},
                {"title": "Recruiter", "company": "Litware"},
            ],
        ),
    )

    assert names(client, "q=priya") == ["Priya Raman"]
    assert names(client, "q=PRIYA") == ["Priya Raman"]
    assert names(client, "q=talent") == ["Marcus O'Neill"]
    assert names(client, "q=northwind") == ["Priya Raman"]
    assert names(client, "q=litware") == ["Marcus O'Neill"]  # a past employer counts
    assert names(client, "q=marcus fabrikam") == ["Marcus O'Neill"]
    assert names(client, "q=marcus northwind") == []
    assert names(client, "q=%25") == []  # symbols alone find no one
    assert names(client, "company=fabrikam") == ["Marcus O'Neill"]
    assert names(client, "") == ["Marcus O'Neill", "Priya Raman"]


def test_pagination_header(client):
    for i in range(7):
        client.post("/api/contacts", json={"full_name": f"Person {i}"})
    response = client.get("/api/contacts?page=2&per_page=3")
    assert [c["full_name"] for c in response.json] == ["Person 3", "Person 2", "Person 1"]
    pagination = json.loads(response.headers["X-Pagination"])
    assert pagination["total"] == 7 and pagination["total_pages"] == 3 and pagination["page"] == 2


def test_delete_removes_contact_and_its_rows(client):
    contact = client.post("/api/contacts/capture", json=profile()).json
    client.post(
        f"/api/contacts/{contact['id']}/talking-points", json={"kind": "custom", "text": "x"}
    )
    assert client.delete(f"/api/contacts/{contact['id']}").status_code == 204
    assert client.get(f"/api/contacts/{contact['id']}").status_code == 404
    # The profile can be captured again from scratch.
    assert client.post("/api/contacts/capture", json=profile()).status_code == 201


def test_talking_points_add_edit_delete(client):
    contact = client.post("/api/contacts/capture", json=profile()).json
    path = f"/api/contacts/{contact['id']}/talking-points"
    article = client.post(
        path,
        json={
            "kind": "article",
            "text": "The piece on data contracts we discussed",
            "url": "https://example.com/data-contracts",
        },
    ).json
    assert article["source"] == "manual" and article["url"] == "https://example.com/data-contracts"
    interview = client.post(path, json={"kind": "interview", "text": "Her team uses Kafka."}).json
    listed = client.get(path).json
    assert {article["id"], interview["id"]} <= {p["id"] for p in listed}
    # The strongest kind comes first.
    assert listed[0]["kind"] == "interview"
    edited = client.patch(f"/api/talking-points/{interview['id']}", json={"text": "Kafka at scale"})
    assert edited.json["text"] == "Kafka at scale"
    assert client.delete(f"/api/talking-points/{article['id']}").status_code == 204
    assert article["id"] not in {p["id"] for p in client.get(path).json}


def test_me_round_trip(client):
    me = {
        "full_name": "Sam Viewer",
        "headline": "Data engineer",
        "location": "Seattle, WA",
        "account_type": "premium",
        "schools": [
            {"school": "University of Michigan", "degree": "BSE", "start": "2008", "end": "2012"}
        ],
        "employers": [{"company": "Contoso", "title": "Engineer", "start": "2015", "end": "2019"}],
        "interests": ["sailing", "marathons"],
    }
    put = client.put("/api/me", json=me)
    assert put.status_code == 200
    got = client.get("/api/me").json
    got.pop("updated_at")
    assert got["schools"][0]["school"] == "University of Michigan"
    assert got["account_type"] == "premium"
    assert got["interests"] == ["sailing", "marathons"]
    assert got["employers"][0] == {**me["employers"][0]}


def test_openapi_document(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"].startswith("3.")
    for path in (
        "/api/health",
        "/api/me",
        "/api/contacts",
        "/api/contacts/capture",
        "/api/contacts/{contact_id}",
        "/api/contacts/{contact_id}/talking-points",
        "/api/talking-points/{point_id}",
    ):
        assert path in spec["paths"], path


def test_contact_answers_have_exactly_the_documented_shape(client):
    """Contact routes answer the store's dict as is; it must be what ContactSchema dumps."""
    from server.api.schemas import ContactSchema

    client.put(
        "/api/me",
        json={"full_name": "Sam Viewer", "interests": ["sailing"],
              "schools": [{"school": "University of Michigan"}]},
    )  # fmt: skip
    captured = client.post("/api/contacts/capture", json=profile())
    contact_id = captured.json["id"]
    client.post(
        f"/api/contacts/{contact_id}/talking-points",
        json={"kind": "article", "text": "Her post on data contracts", "url": "https://a.example"},
    )
    answers = {
        "capture (new)": captured,
        "capture (again)": client.post("/api/contacts/capture", json=profile()),
        "get": client.get(f"/api/contacts/{contact_id}"),
        "patch": client.patch(f"/api/contacts/{contact_id}", json={"email": "p@r.example"}),
        "create": client.post("/api/contacts", json={"full_name": "Kwame Mensah"}),
    }
    schema = ContactSchema()
    for route, answer in answers.items():
        assert answer.status_code in (200, 201), route
        body = answer.json
        assert body == schema.dump(body), route
        assert set(body) == set(schema.fields), route
    points = answers["get"].json["talking_points"]
    assert {p["source"] for p in points} == {"derived", "manual"}
    assert answers["get"].json["positions"] and answers["get"].json["education"]


def test_search_ignores_case_and_accents(client):
    client.post(
        "/api/contacts/capture",
        json=profile(
            slug="elodie-dupre",
            full_name="Élodie Dupré",
            headline="Directrice Générale",
            positions=[
                {"title": "DG", "company": "Société Générale"},
                {"title": "Analyste", "company": "Crédit Agricole"},
            ],
        ),
    )
    client.post("/api/contacts", json={"full_name": "José Núñez", "current_company": "Łódź Labs"})

    for query in ("q=elodie", "q=ÉLODIE", "q=élodie", "q=dupre", "q=generale", "q=GÉNÉRALE"):
        assert names(client, query) == ["Élodie Dupré"], query
    # A past employer, typed without its accents.
    assert names(client, "q=credit agricole") == ["Élodie Dupré"]
    assert names(client, "q=jose nunez") == ["José Núñez"]
    assert names(client, "q=lodz") == ["José Núñez"]
    assert names(client, "company=SOCIETE GENERALE") == ["Élodie Dupré"]
    assert names(client, "company=crédit") == ["Élodie Dupré"]
    # A company filter matches within one company, never across two.
    assert names(client, "company=generale credit") == []
    assert names(client, "q=%25%25") == names(client, "company=%2B%2B") == []


def test_search_follows_edits(client):
    created = client.post(
        "/api/contacts", json={"full_name": "Ana Lima", "current_company": "Contoso"}
    ).json

    assert names(client, "q=contoso") == ["Ana Lima"]
    client.patch(
        f"/api/contacts/{created['id']}",
        json={"full_name": "Ana Souza", "current_company": "Fabrikam"},
    )
    for query in ("q=lima", "q=contoso", "company=contoso"):
        assert names(client, query) == [], query
    assert names(client, "q=souza fabrikam") == names(client, "company=fabrikam") == ["Ana Souza"]
