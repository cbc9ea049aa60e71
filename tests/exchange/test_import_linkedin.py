"""LinkedIn's Connections.csv as LinkedIn writes it: preamble, BOM, CRLF, blank emails, dates."""

import json
from pathlib import Path

from server.core.talking_points import derive_talking_points
from tests.exchange.helpers import all_contacts, upload

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE = FIXTURES / "linkedin-export" / "Connections.csv"
PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. You will only see email addresses for connections who have allowed it."\r\n'
    "\r\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def connections(*rows: str, preamble: str = PREAMBLE) -> bytes:
    """A Connections.csv the way LinkedIn writes one: BOM, a notes preamble, CRLF lines."""
    return ("\ufeff" + preamble + HEADER + "".join(row + "\r\n" for row in rows)).encode()


def by_name(client) -> dict[str, dict]:
    return {contact["full_name"]: contact for contact in all_contacts(client)}


def test_linkedin_export_sample_imports(client):
    report = upload(client, FIXTURE.read_bytes(), "Connections.csv").json

    assert report == {"format": "linkedin", "created": 5, "updated": 0, "skipped": 1, "errors": []}
    people = by_name(client)
    assert set(people) == {"Priya Raman", "Marcus O'Neill", "Sofía García", "Chen Jie", "Lee"}
    sofia = people["Sofía García"]
    assert sofia["linkedin_url"] == "https://www.linkedin.com/in/sofia-garcia-pm/"
    assert (sofia["current_company"], sofia["current_title"]) == (
        "Tailspin Toys, Inc.",
        "Head of Product",
    )
    assert sofia["email"] == ""
    assert people["Marcus O'Neill"]["email"] == "marcus.oneill@fabrikam.example"
    assert people["Lee"]["first_name"] == "Lee"
    # Imported contacts are found like any other, whatever the case and accents.
    found = client.get("/api/contacts?q=sofia garcia").json
    assert [contact["full_name"] for contact in found] == ["Sofía García"]
    found = client.get("/api/contacts?company=TAILSPIN").json
    assert [contact["full_name"] for contact in found] == ["Sofía García"]


def test_connected_on_becomes_a_dated_note(client):
    upload(
        client, connections("Ana,Silva,https://www.linkedin.com/in/ana-silva,,Acme,CTO,12 Mar 2024")
    )
    ana = by_name(client)["Ana Silva"]
    assert ana["notes"] == "Connected on LinkedIn: 2024-03-12."
    assert ana["positions"] == [
        {"title": "CTO", "company": "Acme", "start": None, "end": None, "location": ""}
    ]


def test_header_is_found_whatever_the_preamble(client):
    longer = PREAMBLE + "Another line LinkedIn might add,,\r\n\r\n"
    for preamble in ("", longer):
        data = connections("Bo,Li,https://linkedin.com/in/bo-li/,,,,01 Jan 2025", preamble=preamble)
        assert upload(client, data).json["format"] == "linkedin"
    assert [c["full_name"] for c in all_contacts(client)] == ["Bo Li"]


def test_profile_urls_are_normalised_and_match_existing_contacts(client):
    captured = client.post(
        "/api/contacts/capture",
        json={"linkedin_url": "https://www.linkedin.com/in/ana-silva/", "full_name": "Ana Silva"},
    ).json
    client.patch(f"/api/contacts/{captured['id']}", json={"notes": "Typed by me."})
    data = connections(
        "Ana,Silva,http://uk.linkedin.com/in/Ana-Silva?trk=x,ana@acme.example,Acme,CTO,12 Mar 2024"
    )

    report = upload(client, data).json

    assert (report["created"], report["updated"]) == (0, 1)
    ana = client.get(f"/api/contacts/{captured['id']}").json
    assert ana["notes"] == "Typed by me."
    assert ana["email"] == "ana@acme.example"
    assert ana["current_company"] == "Acme"


def test_bad_rows_are_reported_by_line_and_good_rows_still_import(client):
    data = connections(
        "Good,One,https://www.linkedin.com/in/good-one,,Acme,CEO,12 Mar 2024",
        "Bad,Url,https://example.com/in/bad-url,,,,12 Mar 2024",
        "Bad,Email,https://www.linkedin.com/in/bad-email,not-an-email,,,12 Mar 2024",
        ",,,,,,",
        "Good,Two,https://www.linkedin.com/in/good-two,,,,12 Mar 2024",
    )

    report = upload(client, data).json

    assert (report["created"], report["skipped"]) == (2, 1)
    lines = {error["line"]: error["message"] for error in report["errors"]}
    assert set(lines) == {6, 7}
    assert lines[6].startswith("URL: ")
    assert lines[7].startswith("Email Address: ")
    assert sorted(c["full_name"] for c in all_contacts(client)) == ["Good One", "Good Two"]


def test_an_upload_over_the_json_limit_is_accepted(client):
    company = "Company with a long registered name " * 3
    rows = [
        f"First{n},Last{n},https://www.linkedin.com/in/person-{n},,{company},Role,12 Mar 2024"
        for n in range(8_000)
    ]
    data = connections(*rows)
    assert len(data) > 1024 * 1024

    report = upload(client, data).json

    assert (report["created"], report["errors"]) == (8_000, [])
    assert json.loads(client.get("/api/contacts").headers["X-Pagination"])["total"] == 8_000


def test_imported_connections_get_talking_points_like_any_contact(client):
    me = {"full_name": "Sam Seeker", "employers": [{"company": "Northwind Analytics"}]}
    assert client.put("/api/me", json=me).status_code == 200

    upload(client, FIXTURE.read_bytes())

    priya = by_name(client)["Priya Raman"]
    kinds = [(p["kind"], p["source"]) for p in priya["talking_points"]]
    assert ("employer", "derived") in kinds
    assert by_name(client)["Lee"]["talking_points"] == []


def test_imported_points_are_what_deriving_each_contact_alone_gives(client):
    me = {
        "full_name": "Sam Seeker",
        "location": "Seattle, WA",
        "interests": ["sailing"],
        "schools": [{"school": "University of Michigan"}],
        "employers": [
            {"company": "Contoso Ltd.", "start": "2017-01", "end": "2020-06"},
            {"company": "Northwind Analytics", "start": "2021-02"},
        ],
    }
    assert client.put("/api/me", json=me).status_code == 200
    companies = ["Contoso", "Contoso Ltd.", "Northwind Analytics", "Fabrikam", "", "Litware"]
    rows = [
        f"Ana,Silva{n},https://www.linkedin.com/in/ana-{n},,{companies[n % 6]},CTO,12 Mar 2024"
        for n in range(60)
    ]
    upload(client, connections(*rows))
    upload(client, FIXTURE.read_bytes())
    me = client.get("/api/me").json

    people = all_contacts(client)
    assert len(people) == 65
    shared = 0
    for contact in people:
        stored = [
            {key: point[key] for key in ("kind", "text", "evidence", "strength")}
            for point in contact["talking_points"]
            if point["source"] == "derived"
        ]
        assert stored == derive_talking_points(me, contact), contact["full_name"]
        shared += bool(stored)
    assert shared > 30
