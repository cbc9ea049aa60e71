"""The user's corrections of a contact's profile fields hold through every re-capture."""

import pytest

from tests.server.profiles import ME, profile

CORRECTIONS = {
    "full_name": ("Priya Raman-Shah", "Priya Raman"),
    "current_title": ("Senior Director, Data Platform", "Engineering Manager"),
    "current_company": ("Northwind Data", "Northwind Analytics"),
    "headline": ("Leads the data platform at Northwind", profile()["headline"]),
    "location": ("Bellevue, WA", "Seattle, Washington, United States"),
}


def capture(client, **changes):
    response = client.post("/api/contacts/capture", json=profile(**changes))
    assert response.status_code in (200, 201), response.json
    return response.json


@pytest.mark.parametrize("field", sorted(CORRECTIONS))
def test_a_correction_survives_recapture_with_the_profile_value_beside_it(client, field):
    typed, said = CORRECTIONS[field]
    contact_id = capture(client)["id"]
    edited = client.patch(f"/api/contacts/{contact_id}", json={field: typed}).json
    assert (edited[field], edited["profile_values"]) == (typed, {field: said})

    again = capture(client)
    assert (again[field], again["profile_values"]) == (typed, {field: said})
    assert client.get(f"/api/contacts/{contact_id}").json[field] == typed


def test_a_recapture_updates_what_the_profile_says_beside_a_correction(client):
    contact_id = capture(client)["id"]
    client.patch(f"/api/contacts/{contact_id}", json={"current_title": "Senior Director"})
    newer = [{"title": "Director", "company": "Northwind Analytics", "start": "2024"}]
    body = capture(client, positions=newer)
    assert body["current_title"] == "Senior Director"
    assert body["profile_values"] == {"current_title": "Director"}
    # A field the user did not correct follows the profile as before.
    assert body["current_company"] == "Northwind Analytics"


@pytest.mark.parametrize("cleared", ["", None])
def test_clearing_a_correction_shows_the_profile_value_again(client, cleared):
    contact_id = capture(client)["id"]
    client.patch(f"/api/contacts/{contact_id}", json={"full_name": "Dr. Priya Raman-Shah"})
    capture(client, full_name="Priya R. Raman")
    body = client.patch(f"/api/contacts/{contact_id}", json={"full_name": cleared}).json
    assert (body["full_name"], body["first_name"]) == ("Priya R. Raman", "Priya")
    assert body["profile_values"] == {}
    # Uncorrected again: the next capture's name shows.
    assert capture(client, full_name="Priya Raman")["full_name"] == "Priya Raman"


def test_a_corrected_name_is_the_one_a_note_greets(client):
    contact_id = capture(client)["id"]
    body = client.patch(f"/api/contacts/{contact_id}", json={"full_name": "Pree Raman"}).json
    assert body["first_name"] == "Pree"
    assert capture(client)["first_name"] == "Pree"


def test_a_hand_made_contact_keeps_what_the_user_typed_when_its_profile_is_captured(client):
    created = client.post(
        "/api/contacts",
        json={"full_name": "Priya Raman-Shah", "current_title": "Senior Director",
              "linkedin_url": profile()["linkedin_url"]},
    ).json  # fmt: skip
    assert created["profile_values"] == {}
    body = capture(client)
    assert body["id"] == created["id"]
    assert (body["full_name"], body["current_title"]) == ("Priya Raman-Shah", "Senior Director")
    assert body["profile_values"] == {"full_name": "Priya Raman",
                                      "current_title": "Engineering Manager"}  # fmt: skip
    # What the profile did not contradict came in from it.
    assert body["current_company"] == "Northwind Analytics"


def test_clearing_the_only_name_a_contact_has_is_422(client):
    created = client.post("/api/contacts", json={"full_name": "Kwame Mensah"}).json
    response = client.patch(f"/api/contacts/{created['id']}", json={"full_name": ""})
    assert response.status_code == 422
    assert "full_name" in response.json["errors"]["json"]
    assert client.get(f"/api/contacts/{created['id']}").json["full_name"] == "Kwame Mensah"


def test_talking_points_follow_a_corrected_company(client):
    me = {**ME, "employers": [{"company": "Fabrikam"}]}
    assert client.put("/api/me", json=me).status_code == 200
    contact_id = capture(client)["id"]
    body = client.patch(f"/api/contacts/{contact_id}", json={"current_company": "Fabrikam"}).json
    employers = [p["text"] for p in body["talking_points"] if p["kind"] == "employer"]
    assert any("Fabrikam" in text for text in employers), employers
    again = capture(client)["talking_points"]
    assert [p["text"] for p in again if p["kind"] == "employer"] == employers


def test_search_finds_both_the_correction_and_what_the_profile_says(client):
    contact_id = capture(client)["id"]
    client.patch(
        f"/api/contacts/{contact_id}",
        json={"full_name": "Pree Shah", "current_company": "Litware"},
    )

    def found(query):
        return [c["id"] for c in client.get(f"/api/contacts?{query}").json]

    for query in ("q=pree shah", "q=priya raman", "q=litware", "q=northwind",
                  "company=litware", "company=northwind analytics"):  # fmt: skip
        assert found(query) == [contact_id], query
    client.patch(f"/api/contacts/{contact_id}", json={"current_company": None})
    assert found("q=litware") == found("company=litware") == []
