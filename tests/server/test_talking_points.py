"""Derived talking points: worked out again and again, yet the user's edits and removals hold."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.helpers import csv_rows, export_csv
from tests.properties import THROUGH_THE_API
from tests.server.profiles import ME, PRIYA, profile


def derived(points, kind):
    return next(p for p in points if p["source"] == "derived" and p["kind"] == kind)


def test_an_edited_derived_point_is_not_derived_again_beside_it(client, priya):
    path = f"/api/contacts/{priya['id']}"
    school = derived(priya["talking_points"], "alma_mater")
    edited = client.patch(
        f"/api/talking-points/{school['id']}", json={"text": "We both went to Michigan"}
    )
    assert edited.json["source"] == "manual"

    recaptured = client.post("/api/contacts/capture", json=profile()).json["talking_points"]
    client.put("/api/me", json=ME)
    recomputed = client.get(path).json["talking_points"]
    for points in (recaptured, recomputed):
        schools = [p for p in points if p["kind"] == "alma_mater"]
        assert [(p["id"], p["text"], p["source"]) for p in schools] == [
            (school["id"], "We both went to Michigan", "manual")
        ]


def test_a_removed_derived_point_stays_removed(client, priya):
    path = f"/api/contacts/{priya['id']}"
    interest = derived(priya["talking_points"], "interest")
    assert client.delete(f"/api/talking-points/{interest['id']}").status_code == 204

    assert "interest" not in {p["kind"] for p in client.get(path).json["talking_points"]}
    again = client.post("/api/contacts/capture", json=profile()).json
    client.put("/api/me", json=ME)
    for points in (again["talking_points"], client.get(f"{path}/talking-points").json):
        assert "interest" not in {p["kind"] for p in points}
        assert {"alma_mater", "employer"} <= {p["kind"] for p in points}
    # Removed is gone for every route: it cannot be edited or removed twice.
    assert client.delete(f"/api/talking-points/{interest['id']}").status_code == 404
    point_path = f"/api/talking-points/{interest['id']}"
    assert client.patch(point_path, json={"text": "back"}).status_code == 404
    # Segue's export keeps the removal, so an import keeps it too; an address book's does not.
    rows = csv_rows(export_csv(client))
    points = rows[1][rows[0].index("Talking Points (kind | text | url | source | topic)")]
    assert " | dismissed | interest:sailing" in points
    rows = csv_rows(export_csv(client, "google"))
    assert "sailing" not in rows[1][rows[0].index("Notes")]


def test_a_removed_manual_point_is_deleted(client, priya):
    path = f"/api/contacts/{priya['id']}/talking-points"
    point = client.post(path, json={"kind": "custom", "text": "Ask about Kafka"}).json
    assert client.delete(f"/api/talking-points/{point['id']}").status_code == 204
    assert point["id"] not in [p["id"] for p in client.get(path).json]
    assert client.delete(f"/api/talking-points/{point['id']}").status_code == 404


# --- property: whatever the captures and changes of "me", an edit or removal holds ---

# Each kind here comes from one shared thing: Michigan, Contoso, sailing.
KINDS = ("alma_mater", "employer", "interest")
STANFORD_ONLY = [school for school in PRIYA["education"] if "Michigan" not in school["school"]]
NORTHWIND_ONLY = [job for job in PRIYA["positions"] if job["company"] != "Contoso"]
capture_change = st.fixed_dictionaries(
    {},
    optional={
        "education": st.sampled_from([PRIYA["education"], STANFORD_ONLY]),
        "positions": st.sampled_from([PRIYA["positions"], NORTHWIND_ONLY]),
        "interests": st.sampled_from([["Sailing"], ["Chess"]]),
    },
)
me_change = st.sampled_from([ME, {**ME, "employers": []}, {**ME, "interests": []}])
operation = st.one_of(
    st.tuples(st.just("capture"), capture_change),
    st.tuples(st.just("me"), me_change),
    st.tuples(st.just("edit"), st.sampled_from(KINDS)),
    st.tuples(st.just("remove"), st.sampled_from(KINDS)),
)
example_number = itertools.count()


@settings(THROUGH_THE_API, max_examples=30)
@given(operations=st.lists(operation, min_size=1, max_size=8))
def test_edits_and_removals_of_derived_points_hold(client, operations):
    client.put("/api/me", json=ME)
    slug = f"priya-{next(example_number)}"
    path = f"/api/contacts/{client.post('/api/contacts/capture', json=profile(slug)).json['id']}"
    edited: dict[str, str] = {}  # kind -> the text the user gave it
    removed: set[str] = set()
    for op, payload in operations:
        points = client.get(path).json["talking_points"]
        shown = {p["kind"]: p for p in points}
        if op == "capture":
            client.post("/api/contacts/capture", json=profile(slug, **payload))
        elif op == "me":
            client.put("/api/me", json=payload)
        elif payload in shown:
            point_path = f"/api/talking-points/{shown[payload]['id']}"
            if op == "edit":
                text = f"My words on {payload} {len(edited)}"
                assert client.patch(point_path, json={"text": text}).status_code == 200
                edited[payload] = text
            else:
                assert client.delete(point_path).status_code == 204
                removed.add(payload)
                edited.pop(payload, None)

        points = client.get(path).json["talking_points"]
        kinds = [p["kind"] for p in points]
        assert len(kinds) == len(set(kinds)), points  # never an edit beside its old self
        assert not removed & set(kinds), points
        for kind, text in edited.items():
            assert [(p["text"], p["source"]) for p in points if p["kind"] == kind] == [
                (text, "manual")
            ]
