"""Capturing a profile: one contact per profile URL, and the user's words are never lost."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from server.core.search import query_words
from tests.properties import THROUGH_THE_API
from tests.server.profiles import profile

USER_FIELDS = ("email", "phone", "notes", "preferred_channel")


def capture(client, body):
    return client.post("/api/contacts/capture", json=body)


def test_first_capture_creates_then_updates(client):
    first = capture(client, profile())
    assert first.status_code == 201
    again = capture(client, profile(headline="Director of Engineering"))
    assert again.status_code == 200
    assert again.json["id"] == first.json["id"]
    assert again.json["headline"] == "Director of Engineering"
    assert client.get("/api/contacts").json.__len__() == 1


def test_contact_holds_profile_and_parsed_names(client):
    body = capture(client, profile(full_name="Dr. Kwame Mensah, PhD")).json
    assert (body["first_name"], body["last_name"]) == ("Kwame", "Mensah")
    assert body["linkedin_url"] == "https://www.linkedin.com/in/priya-raman-3b7c21/"
    assert body["current_title"] == "Engineering Manager"
    assert body["current_company"] == "Northwind Analytics"
    assert [p["company"] for p in body["positions"]] == ["Northwind Analytics", "Contoso"]
    assert body["positions"][0]["end"] is None
    assert [e["school"] for e in body["education"]][0] == "Stanford University"
    assert body["photo_url"].startswith("https://media.licdn.com/")
    assert body["created_at"] and body["updated_at"] and body["captured_at"]


def test_url_variants_update_the_same_contact(client):
    created = capture(client, profile()).json
    for url in (
        "https://uk.linkedin.com/in/Priya-Raman-3B7C21?trk=x",
        "linkedin.com/in/priya-raman-3b7c21/details/experience/",
        "https://www.linkedin.com/in/priya%2Draman%2D3b7c21/overlay/contact-info/#top",
    ):
        response = capture(client, {**profile(), "linkedin_url": url})
        assert response.status_code == 200, url
        assert response.json["id"] == created["id"]


def test_recapture_replaces_positions_and_education(client):
    capture(client, profile())
    newer = profile(
        positions=[
            {"title": "VP Engineering", "company": "Fabrikam", "start": "2024", "end": None}
        ],
        education=[{"school": "MIT"}],
    )
    body = capture(client, newer).json
    assert [p["company"] for p in body["positions"]] == ["Fabrikam"]
    assert [e["school"] for e in body["education"]] == ["MIT"]
    assert body["current_company"] == "Fabrikam"


def test_partial_capture_keeps_what_it_did_not_see(client):
    capture(client, profile())
    partial = profile(
        headline="",
        about="",
        positions=[],
        education=[],
        capture={"source": "dom", "layout": "ember", "complete": False},
    )
    body = capture(client, partial).json
    assert body["headline"].startswith("Engineering Manager")
    assert body["about"].startswith("I build")
    assert len(body["positions"]) == 2 and len(body["education"]) == 2


def test_recapture_never_touches_user_fields_or_manual_points(client):
    contact = capture(client, profile()).json
    edit = {
        "email": "priya@northwind.example",
        "phone": "+1 206 555 0100",
        "notes": "Met at the onsite; follow up Friday.",
        "preferred_channel": "email",
    }
    assert client.patch(f"/api/contacts/{contact['id']}", json=edit).status_code == 200
    point = client.post(
        f"/api/contacts/{contact['id']}/talking-points",
        json={"kind": "interview", "text": "She is training for the Seattle marathon."},
    ).json
    body = capture(client, profile(full_name="Priya R.", headline="New headline")).json
    assert {k: body[k] for k in edit} == {**edit, "email": "priya@northwind.example"}
    assert point["id"] in [p["id"] for p in body["talking_points"]]
    manual = [p for p in body["talking_points"] if p["source"] == "manual"]
    assert [p["text"] for p in manual] == ["She is training for the Seattle marathon."]


def test_not_a_profile_url_is_422(client):
    response = capture(client, profile() | {"linkedin_url": "https://www.linkedin.com/company/x/"})
    assert response.status_code == 422
    assert "linkedin_url" in response.json["errors"]["json"]


# --- property: no sequence of captures and edits ever loses a user-typed field ---

text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40).map(
    str.strip
)
user_edit = st.fixed_dictionaries(
    {},
    optional={
        "phone": st.from_regex(r"\+?[0-9 ]{0,15}", fullmatch=True).map(str.strip),
        "notes": text,
        "preferred_channel": st.sampled_from(["", "email", "linkedin", "phone", "text"]),
        "email": st.sampled_from(["", "a@example.com", "jane.doe@northwind.example"]),
    },
)
profile_change = st.fixed_dictionaries(
    {},
    optional={
        "full_name": text.filter(bool),
        "headline": text,
        "about": text,
        "location": text,
        "positions": st.lists(st.fixed_dictionaries({"title": text, "company": text}), max_size=3),
        "capture": st.fixed_dictionaries(
            {"complete": st.booleans(), "source": st.just("dom"), "layout": st.just("ember")}
        ),
    },
)
operation = st.one_of(
    st.tuples(st.just("capture"), profile_change),
    st.tuples(st.just("edit"), user_edit),
    st.tuples(st.just("point"), text.filter(bool)),
)


# Each example gets a profile of its own, since the database lives across examples.
example_number = itertools.count()


@settings(THROUGH_THE_API, max_examples=40)
@given(operations=st.lists(operation, min_size=1, max_size=8))
def test_no_sequence_of_captures_and_edits_loses_user_fields(client, operations):
    slug = next(example_number)
    contact_id = capture(client, profile(slug=f"p-{slug}")).json["id"]
    typed = dict.fromkeys(USER_FIELDS, "")
    points = []
    for op, payload in operations:
        if op == "capture":
            response = capture(client, profile(slug=f"p-{slug}", **payload))
            assert response.status_code == 200, response.json
        elif op == "edit":
            response = client.patch(f"/api/contacts/{contact_id}", json=payload)
            assert response.status_code == 200, response.json
            typed.update(payload)
        else:
            response = client.post(
                f"/api/contacts/{contact_id}/talking-points",
                json={"kind": "custom", "text": payload},
            )
            assert response.status_code == 201, response.json
            points.append(response.json["text"])
        stored = client.get(f"/api/contacts/{contact_id}").json
        assert {k: stored[k] for k in USER_FIELDS} == typed
        manual = [p["text"] for p in stored["talking_points"] if p["source"] == "manual"]
        assert sorted(manual) == sorted(points)
        # Search keeps up: the name and every company find the contact.
        companies = [stored["current_company"], *(p["company"] for p in stored["positions"])]
        words = query_words(" ".join([stored["full_name"], *companies]))
        found = client.get("/api/contacts", query_string={"q": " ".join(words)}).json
        assert contact_id in [c["id"] for c in found]


# --- property: after any captures and corrections, every field the user set holds ---

CORRECTABLE = ("full_name", "current_title", "current_company", "headline", "location")
correction = st.tuples(
    st.sampled_from(CORRECTABLE), st.one_of(text.filter(bool), st.just(""), st.none())
)
correcting_operation = st.one_of(
    st.tuples(st.just("capture"), profile_change), st.tuples(st.just("correct"), correction)
)


def profile_says(said: dict, body: dict) -> dict:
    """The five fields as the profile has them after capturing `body`.

    An empty field or section leaves what an earlier capture said.
    """
    said = dict(said)
    for field in ("full_name", "headline", "location"):
        if body.get(field):
            said[field] = body[field]
    if body.get("positions"):
        said["current_title"] = body["positions"][0]["title"]
        said["current_company"] = body["positions"][0]["company"]
    return said


@settings(THROUGH_THE_API, max_examples=40)
@given(operations=st.lists(correcting_operation, min_size=1, max_size=8))
def test_no_sequence_of_captures_and_corrections_loses_a_correction(client, operations):
    slug = f"c-{next(example_number)}"
    first = capture(client, profile(slug=slug)).json
    said = {field: first[field] for field in CORRECTABLE}
    typed = {}
    for op, payload in operations:
        if op == "capture":
            body = profile(slug=slug, **payload)
            response = capture(client, body)
            said = profile_says(said, body)
        else:
            field, value = payload
            response = client.patch(f"/api/contacts/{first['id']}", json={field: value})
            if value:
                typed[field] = value
            else:
                typed.pop(field, None)
        assert response.status_code == 200, response.json
        stored = client.get(f"/api/contacts/{first['id']}").json
        assert {f: stored[f] for f in CORRECTABLE} == {**said, **typed}
        beside = {f: v for f, v in stored["profile_values"].items() if v}
        assert beside == {f: said[f] for f in typed if said[f]}
