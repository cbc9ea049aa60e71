"""Export to Segue's CSV, import into an empty database: the same contacts come back."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.helpers import all_contacts, comparable, delete_all, export_csv, upload
from tests.properties import THROUGH_THE_API
from tests.server.profiles import ME
from tests.server.profiles import profile as priya_profile

# Text a spreadsheet, a CSV parser or our list cells could trip over.
TRICKY = st.sampled_from(
    [
        "=1+2", "+44 20 7946 0000", "-5", "@SUM(A1:A2)", "\tTab", "\rCR", "'quoted", "''",
        "'=x", "a,b", 'say "hi"', "line\nbreak", "crlf\r\nbreak", "x | y", "back\\slash",
        "\\n", "é ü ß 中文 🙂", "Notes:", "BEGIN:VCARD", "Talking points (Segue):", " | ",
    ]
)  # fmt: skip
PLAIN = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20)
TEXT = st.one_of(PLAIN, TRICKY, st.tuples(PLAIN, TRICKY, PLAIN).map("".join))
NON_EMPTY = TEXT.filter(lambda text: text.strip())
DATE = st.sampled_from([None, "2012", "2019-07"])
URL = st.sampled_from(["", "https://example.com/a?b=c,d", "https://example.com/=x"])

position = st.fixed_dictionaries(
    {"title": TEXT, "company": TEXT, "start": DATE, "end": DATE, "location": TEXT}
)
school = st.fixed_dictionaries(
    {"school": NON_EMPTY, "degree": TEXT, "field": TEXT, "start": DATE, "end": DATE}
)
captured = st.fixed_dictionaries(
    {
        "full_name": NON_EMPTY,
        "headline": TEXT,
        "location": TEXT,
        "about": TEXT,
        "photo_url": st.sampled_from(["", "https://media.licdn.com/p.jpg"]),
        "positions": st.lists(position, max_size=3),
        "education": st.lists(school, max_size=2),
        "skills": st.lists(NON_EMPTY, max_size=3),
        "interests": st.lists(NON_EMPTY, max_size=3),
        "capture": st.fixed_dictionaries(
            {"source": st.just("dom"), "layout": PLAIN, "complete": st.just(True)}
        ),
    }
)
typed = st.fixed_dictionaries(
    {
        "phone": st.from_regex(r"[+]?[0-9 ()-]{0,15}", fullmatch=True),
        "notes": TEXT,
        "preferred_channel": st.sampled_from(["", "email", "linkedin", "phone", "text"]),
    }
)
by_hand = st.fixed_dictionaries(
    {"full_name": NON_EMPTY, "current_title": TEXT, "current_company": TEXT, "headline": TEXT}
)
point = st.fixed_dictionaries(
    {"kind": st.sampled_from(["interview", "article", "custom"]), "text": NON_EMPTY, "url": URL}
)
person = st.tuples(st.one_of(captured, by_hand), typed, st.lists(point, max_size=3))
example_number = itertools.count()


def add_person(client, number, profile, user_fields, points):
    # Every person has their own email, so matching on import cannot merge two of them.
    email = f"person{number}@example.com"
    if "positions" in profile:
        body = {**profile, "linkedin_url": f"https://www.linkedin.com/in/person-{number}/"}
        response = client.post("/api/contacts/capture", json=body)
    else:
        response = client.post("/api/contacts", json={**profile, "email": email})
    assert response.status_code == 201, response.json
    contact_id = response.json["id"]
    patched = client.patch(f"/api/contacts/{contact_id}", json={**user_fields, "email": email})
    assert patched.status_code == 200, patched.json
    for body in points:
        added = client.post(f"/api/contacts/{contact_id}/talking-points", json=body)
        assert added.status_code == 201, added.json


@settings(THROUGH_THE_API, max_examples=40)
@given(people=st.lists(person, min_size=1, max_size=4))
def test_export_then_import_into_empty_database_gives_the_same_contacts(client, people):
    delete_all(client)
    for profile, user_fields, points in people:
        add_person(client, next(example_number), profile, user_fields, points)
    before = [comparable(contact) for contact in all_contacts(client)]
    exported = export_csv(client, "segue")

    delete_all(client)
    report = upload(client, exported).json

    assert report == {
        "format": "segue",
        "created": len(people),
        "updated": 0,
        "skipped": 0,
        "errors": [],
    }
    assert [comparable(contact) for contact in all_contacts(client)] == before


def test_importing_the_same_export_twice_changes_nothing(client):
    profile = {"full_name": "Ada Lovelace", "current_company": "=Engines"}
    points = [{"kind": "interview", "text": "looms"}]
    add_person(client, "twice", profile, {"notes": "met at the interview"}, points)
    before = [comparable(contact) for contact in all_contacts(client)]

    report = upload(client, export_csv(client)).json

    assert (report["created"], report["updated"], report["skipped"]) == (0, 0, 1)
    assert [comparable(contact) for contact in all_contacts(client)] == before


def test_edited_and_removed_derived_points_survive_the_round_trip(client):
    client.put("/api/me", json=ME)
    contact = client.post("/api/contacts/capture", json=priya_profile()).json
    points = {p["kind"]: p for p in contact["talking_points"]}
    edit = {"text": "We both went to Michigan"}
    path = "/api/talking-points"
    assert client.patch(f"{path}/{points['alma_mater']['id']}", json=edit).status_code == 200
    assert client.delete(f"{path}/{points['interest']['id']}").status_code == 204
    before = [comparable(contact) for contact in all_contacts(client)]
    assert {p["kind"] for p in before[0]["talking_points"]} == {"alma_mater", "employer"}
    exported = export_csv(client, "segue")

    delete_all(client)
    assert upload(client, exported).json["created"] == 1

    # Neither the removed point nor the one the edit replaced is derived again.
    assert [comparable(contact) for contact in all_contacts(client)] == before


def test_segue_csv_from_before_topics_still_imports_its_points(client):
    header = "LinkedIn URL,Full Name,Preferred Channel,Talking Points (kind | text | url | source)"
    row = "https://www.linkedin.com/in/ana-silva,Ana Silva,email,"
    row += "interview | Kafka at scale |  | manual"
    report = upload(client, f"{header}\r\n{row}\r\n".encode()).json

    assert (report["format"], report["created"], report["errors"]) == ("segue", 1, [])
    (ana,) = all_contacts(client)
    assert [(p["kind"], p["text"], p["source"]) for p in ana["talking_points"]] == [
        ("interview", "Kafka at scale", "manual")
    ]
