"""Google, Outlook and vCard files in, each format told from its content, and matched on the way."""

import pytest

from server.core.exchange.google_csv import HEADER as GOOGLE_HEADER
from server.core.exchange.outlook_csv import HEADER as OUTLOOK_HEADER
from tests.exchange.helpers import all_contacts, export_csv, upload
from tests.server.profiles import profile


def csv_file(header: list[str], *rows: dict[str, str]) -> bytes:
    lines = [",".join(header)]
    lines += [",".join(_quoted(row.get(column, "")) for column in header) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode()


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value


def test_google_contacts_csv_imports(client):
    data = csv_file(
        [*GOOGLE_HEADER, "Website 2 - Label", "Website 2 - Value"],
        {
            "First Name": "Marcus", "Last Name": "O'Neill", "Organization Name": "Fabrikam",
            "Organization Title": "Recruiter", "E-mail 1 - Label": "* Work",
            "E-mail 1 - Value": "marcus@fabrikam.example ::: m@home.example",
            "Phone 1 - Value": "+1 425 555 0100", "Notes": "Met at the onsite",
            "Website 1 - Label": "Homepage", "Website 1 - Value": "https://marcus.example",
            "Website 2 - Value": "https://www.linkedin.com/in/marcus-oneill-talent",
        },
    )  # fmt: skip

    report = upload(client, data).json

    assert (report["format"], report["created"], report["errors"]) == ("google", 1, [])
    [marcus] = all_contacts(client)
    assert marcus["full_name"] == "Marcus O'Neill"
    assert marcus["email"] == "marcus@fabrikam.example"
    assert marcus["phone"] == "+1 425 555 0100"
    assert marcus["linkedin_url"] == "https://www.linkedin.com/in/marcus-oneill-talent/"
    assert (marcus["current_company"], marcus["current_title"]) == ("Fabrikam", "Recruiter")
    assert marcus["notes"] == "Met at the onsite"


def test_outlook_csv_imports(client):
    data = csv_file(
        OUTLOOK_HEADER,
        {
            "First Name": "Chen", "Last Name": "Jie", "Company": "Litware, Inc.",
            "Job Title": "Director", "E-mail Address": "chen@litware.example",
            "Business Phone": "(425) 555-0199", "Web Page": "linkedin.com/in/chen-jie-88",
        },
    )  # fmt: skip

    report = upload(client, data, "contacts.CSV").json

    assert (report["format"], report["created"], report["errors"]) == ("outlook", 1, [])
    [chen] = all_contacts(client)
    assert chen["current_company"] == "Litware, Inc."
    assert chen["phone"] == "(425) 555-0199"
    assert chen["linkedin_url"] == "https://www.linkedin.com/in/chen-jie-88/"


def test_outlook_csv_in_windows_1252_reads_its_accents(client):
    header = ["First Name", "Last Name", "E-mail Address", "Company"]
    data = csv_file(header, {"First Name": "Sofía", "Last Name": "García"}).decode()
    assert upload(client, data.encode("cp1252")).json["created"] == 1
    assert all_contacts(client)[0]["full_name"] == "Sofía García"


@pytest.mark.parametrize("fmt", ["google", "outlook"])
def test_own_google_and_outlook_exports_read_back_with_talking_points(client, fmt):
    created = client.post("/api/contacts/capture", json=profile()).json
    contact_id = created["id"]
    client.patch(f"/api/contacts/{contact_id}", json={"email": "p@x.example", "notes": "Typed."})
    point = {"kind": "interview", "text": "Asked about Kafka", "url": "https://ex.example/k"}
    client.post(f"/api/contacts/{contact_id}/talking-points", json=point)
    exported = export_csv(client, fmt)
    client.delete(f"/api/contacts/{contact_id}")

    assert upload(client, exported).json["format"] == fmt

    [contact] = all_contacts(client)
    assert contact["notes"] == "Typed."
    assert contact["email"] == "p@x.example"
    assert contact["linkedin_url"] == created["linkedin_url"]
    manual = [p for p in contact["talking_points"] if p["source"] == "manual"]
    assert [(p["kind"], p["text"], p["url"]) for p in manual] == [
        ("interview", "Asked about Kafka", "https://ex.example/k")
    ]


def test_vcard_export_imports_back(client):
    created = client.post("/api/contacts/capture", json=profile(full_name="Sofía García")).json
    client.patch(
        f"/api/contacts/{created['id']}",
        json={"email": "sofia@tailspin.example", "phone": "+34 600 000 000", "notes": "a, b; c\nd"},
    )
    vcf = client.get("/api/export/contacts.vcf").data
    client.delete(f"/api/contacts/{created['id']}")

    report = upload(client, vcf, "contacts.vcf").json

    assert (report["format"], report["created"], report["errors"]) == ("vcard", 1, [])
    [sofia] = all_contacts(client)
    for field in ("full_name", "first_name", "last_name", "email", "phone", "notes",
                  "linkedin_url", "current_title", "current_company", "location"):  # fmt: skip
        assert sofia[field] == {**created, **sofia}[field]
    assert sofia["notes"] == "a, b; c\nd"
    assert sofia["location"] == created["location"]


def test_vcard_bad_card_is_reported_by_its_line(client):
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Card\r\nN:Card;Good;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Mail\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
    )
    report = upload(client, cards.encode(), "c.vcf").json
    assert report["created"] == 1
    assert [(e["line"], e["message"].split(":")[0]) for e in report["errors"]] == [
        (6, "EMAIL"),
        (11, "FN"),
    ]


def test_match_by_email_then_name_and_company_fills_only_gaps(client):
    by_email = client.post(
        "/api/contacts", json={"full_name": "Ana Silva", "email": "ana@acme.example", "phone": "1"}
    ).json
    by_name = client.post(
        "/api/contacts", json={"full_name": "Bo Li", "current_company": "Litware", "notes": "Mine"}
    ).json
    header = ["First Name", "Last Name", "E-mail Address", "Company", "Job Title",
              "Mobile Phone", "Notes", "Web Page"]  # fmt: skip
    data = csv_file(
        header,
        {"First Name": "Ana", "Last Name": "S.", "E-mail Address": "ANA@acme.example",
         "Mobile Phone": "2", "Job Title": "CTO"},
        {"First Name": "Bo", "Last Name": "Li", "Company": "litware", "Notes": "Theirs",
         "E-mail Address": "bo@litware.example", "Web Page": "https://linkedin.com/in/bo-li"},
        {"First Name": "Bo", "Last Name": "Li", "Company": "Litware",
         "E-mail Address": "another@bo.example"},
    )  # fmt: skip

    report = upload(client, data).json

    assert (report["created"], report["updated"], report["skipped"]) == (1, 2, 0)
    ana = client.get(f"/api/contacts/{by_email['id']}").json
    assert (ana["full_name"], ana["phone"], ana["current_title"]) == ("Ana Silva", "1", "CTO")
    bo = client.get(f"/api/contacts/{by_name['id']}").json
    assert (bo["notes"], bo["email"]) == ("Mine", "bo@litware.example")
    assert bo["linkedin_url"] == "https://www.linkedin.com/in/bo-li/"
    assert len(all_contacts(client)) == 3


def test_a_company_filled_in_by_an_import_is_searchable(client):
    client.post("/api/contacts", json={"full_name": "Ana Silva", "email": "ana@acme.example"})
    header = ["First Name", "Last Name", "E-mail Address", "Company"]
    data = csv_file(
        header,
        {"First Name": "Ana", "Last Name": "Silva", "E-mail Address": "ana@acme.example",
         "Company": "Fabrikam Café"},
    )  # fmt: skip

    assert upload(client, data).json["updated"] == 1

    for query in ("q=ana fabrikam", "company=FABRIKAM CAFE"):
        found = client.get(f"/api/contacts?{query}").json
        assert [contact["full_name"] for contact in found] == ["Ana Silva"], query


def test_different_profile_urls_are_different_people(client):
    client.post(
        "/api/contacts",
        json={"full_name": "Jo Kim", "email": "jo@x.example",
              "linkedin_url": "https://www.linkedin.com/in/jo-kim-1"},
    )  # fmt: skip
    header = ["First Name", "Last Name", "E-mail Address", "Web Page"]
    data = csv_file(
        header,
        {"First Name": "Jo", "Last Name": "Kim", "E-mail Address": "jo@x.example",
         "Web Page": "https://www.linkedin.com/in/jo-kim-2"},
    )  # fmt: skip
    assert upload(client, data).json["created"] == 1


def test_semicolon_csv_as_excel_saves_it_in_some_locales(client):
    data = "First Name;Last Name;E-mail Address;Company\r\nJan;de Vries;jan@x.example;Acme, BV\r\n"
    report = upload(client, data.encode("cp1252")).json
    assert (report["format"], report["created"]) == ("outlook", 1)
    assert all_contacts(client)[0]["current_company"] == "Acme, BV"
