"""A change of "me" answers at once, and every read after it shows points from the new "me"."""

from server.store.models import Contact, TalkingPoint
from tests.server.profiles import ME, profile

# Priya studied at Michigan and Stanford; the user moves from the one to the other.
STANFORD = {**ME, "schools": [{"school": "Stanford University", "start": "2012", "end": "2014"}]}
PEOPLE = 5


def schools(points) -> list[str]:
    return sorted(p["text"] for p in points if p["kind"] == "alma_mater")


def capture_people(client) -> list[int]:
    assert client.put("/api/me", json=ME).status_code == 200
    return [
        client.post("/api/contacts/capture", json=profile(slug=f"person-{n}")).json["id"]
        for n in range(PEOPLE)
    ]


def test_put_me_rewrites_no_contact_before_it_answers(client):
    capture_people(client)
    before = sorted(TalkingPoint.select(TalkingPoint.id, TalkingPoint.text).tuples())
    assert client.put("/api/me", json=STANFORD).status_code == 200
    # One row written: the contacts' points are re-derived as each is next read.
    assert sorted(TalkingPoint.select(TalkingPoint.id, TalkingPoint.text).tuples()) == before
    assert Contact.select().where(Contact.derived_version < 2).count() == PEOPLE


def test_every_read_after_put_me_shows_points_from_the_new_me(client):
    ids = capture_people(client)
    michigan = schools(client.get(f"/api/contacts/{ids[0]}").json["talking_points"])
    assert michigan and all("Michigan" in text for text in michigan)
    assert client.put("/api/me", json=STANFORD).status_code == 200

    contact = client.get(f"/api/contacts/{ids[0]}").json
    stanford = schools(contact["talking_points"])
    assert stanford and all("Stanford" in text for text in stanford)
    assert schools(client.get(f"/api/contacts/{ids[1]}/talking-points").json) == stanford
    notes = client.get(f"/api/contacts/{ids[2]}/suggestions?kind=connection_note").json
    assert any("Stanford" in note["text"] for note in notes)
    assert all("Michigan" not in note["text"] for note in notes)
    exported = client.get("/api/export/contacts.csv").get_data(as_text=True)
    assert all(exported.count(text) == PEOPLE for text in stanford)
    assert not any(text in exported for text in michigan)
    # A capture derives from the new "me" too, and answers with those points.
    again = client.post("/api/contacts/capture", json=profile(slug="person-4")).json
    assert schools(again["talking_points"]) == stanford
