"""CSV and vCard export: each format's header, safe cells, streaming, and the download itself."""

import csv
import datetime
import io

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from server.core.exchange.cells import FORMULA_STARTS, guard_cell, unguard_cell
from server.core.exchange.writer import csv_lines
from tests.exchange.helpers import csv_rows, export_csv
from tests.server.profiles import profile

FORMATS = ("segue", "google", "outlook")
FORMULA_TEXT = ('=HYPERLINK("http://x")', "+1 555 0100", "-2+3", "@SUM(A1)", "\tx", "\ry")


def add_formula_contact(client):
    body = profile(
        full_name="=Eve Formula",
        headline="+Director",
        location="-Somewhere",
        positions=[{"title": "@Lead", "company": "=cmd|' /C calc'!A0", "start": "2020"}],
        skills=["=1+1"],
    )
    contact = client.post("/api/contacts/capture", json=body).json
    client.patch(
        f"/api/contacts/{contact['id']}",
        json={"notes": "=notes(A1)", "phone": "+1 555 0100", "email": "eve@example.com"},
    )
    client.post(
        f"/api/contacts/{contact['id']}/talking-points",
        json={"kind": "custom", "text": "-minus first"},
    )
    return contact


def test_segue_header_names_every_field(client):
    header = csv_rows(export_csv(client, "segue"))[0]
    assert header[:4] == ["LinkedIn URL", "Full Name", "First Name", "Last Name"]
    for column in ("Email", "Phone", "Notes", "Skills", "Interests", "Capture (JSON)"):
        assert column in header
    assert "Positions (title | company | start | end | location)" in header
    assert "Education (school | degree | field | start | end)" in header
    assert "Talking Points (kind | text | url | source | topic)" in header


def test_google_header_is_the_one_google_contacts_reads(client):
    header = csv_rows(export_csv(client, "google"))[0]
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for column in (
        "Organization Name", "Organization Title", "Notes", "E-mail 1 - Label",
        "E-mail 1 - Value", "Phone 1 - Value", "Website 1 - Label", "Website 1 - Value",
    ):  # fmt: skip
        assert column in header


def test_outlook_header_is_the_one_outlook_reads(client):
    header = csv_rows(export_csv(client, "outlook"))[0]
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for column in ("Company", "Job Title", "E-mail Address", "Web Page", "Notes", "Mobile Phone"):
        assert column in header


def test_google_and_outlook_rows_carry_profile_url_and_talking_points(client):
    add_formula_contact(client)
    for fmt, url_column in (("google", "Website 1 - Value"), ("outlook", "Web Page")):
        header, row = csv_rows(export_csv(client, fmt))
        cells = dict(zip(header, row, strict=True))
        assert cells[url_column] == "https://www.linkedin.com/in/priya-raman-3b7c21/"
        assert "[custom] -minus first" in cells["Notes"]
        assert cells["Notes"].startswith("'=notes(A1)")


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_cell_starts_a_formula_in_any_format(client, fmt):
    add_formula_contact(client)
    rows = csv_rows(export_csv(client, fmt))
    assert len(rows) == 2
    for cell in (cell for row in rows for cell in row):
        assert not cell.startswith(FORMULA_STARTS), cell
    assert any(cell.startswith("'=") for cell in rows[1])


@given(st.text())
def test_guarded_cells_never_start_a_formula_and_read_back_whole(text):
    guarded = guard_cell(text)
    assert not guarded.startswith(FORMULA_STARTS)
    assert unguard_cell(guarded) == text


@given(st.lists(st.lists(st.text(), min_size=1, max_size=5), max_size=5))
def test_csv_lines_read_back_as_the_guarded_cells(rows):
    text = csv_lines(rows)
    assert text.count("\r\n") >= len(rows)
    read = list(csv.reader(io.StringIO(text, newline="")))
    assert read == [[guard_cell(cell) for cell in row] for row in rows]


@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_formula_cells_get_a_leading_apostrophe(start, rest):
    assert guard_cell(start + rest) == "'" + start + rest


def test_csv_download_is_a_dated_utf8_attachment_with_bom(client):
    client.post("/api/contacts/capture", json=profile(full_name="Sofía García"))
    response = client.get("/api/export/contacts.csv?format=google")
    today = datetime.date.today().isoformat()
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="segue-google-{today}.csv"'
    )
    assert response.data.startswith("\ufeff".encode())
    assert "Sofía" in response.data.decode("utf-8")


def test_segue_is_the_default_format(client):
    response = client.get("/api/export/contacts.csv")
    assert response.status_code == 200
    assert "segue-contacts-" in response.headers["Content-Disposition"]
    assert csv_rows(response.data)[0][0] == "LinkedIn URL"


@pytest.mark.parametrize("query", ["format=xlsx", "format=", "format=SEGUE", "format=vcard"])
def test_unknown_format_is_422_naming_the_field(client, query):
    response = client.get(f"/api/export/contacts.csv?{query}")
    assert response.status_code == 422
    assert set(response.json["errors"]["query"]) == {"format"}


def test_export_needs_the_token(client):
    response = client.get("/api/export/contacts.csv", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


def test_empty_database_exports_only_the_header(client):
    assert len(csv_rows(export_csv(client))) == 1
    assert client.get("/api/export/contacts.vcf").data == b""


def test_vcards_parse_back_with_the_library(client):
    add_formula_contact(client)
    client.post("/api/contacts", json={"full_name": "Chen Jie", "current_company": "Litware, Inc."})
    response = client.get("/api/export/contacts.vcf")
    assert response.mimetype == "text/vcard"
    assert response.headers["Content-Disposition"].endswith('.vcf"')

    cards = list(vobject.readComponents(response.data.decode("utf-8")))

    assert [card.fn.value for card in cards] == ["=Eve Formula", "Chen Jie"]
    eve, chen = cards
    assert eve.version.value == "3.0"
    assert (eve.n.value.given, eve.n.value.family) == ("=Eve", "Formula")
    assert eve.email.value == "eve@example.com"
    assert eve.tel.value == "+1 555 0100"
    assert eve.url.value == "https://www.linkedin.com/in/priya-raman-3b7c21/"
    assert eve.title.value == "@Lead"
    assert eve.org.value == ["=cmd|' /C calc'!A0"]
    assert eve.note.value.startswith("=notes(A1)\n\nTalking points (Segue):\n")
    assert chen.org.value == ["Litware, Inc."]
    assert "email" not in chen.contents


def test_live_server_streams_a_large_export_in_chunks(fresh_server):
    session = fresh_server.session()
    for number in range(600):
        body = profile(slug=f"stream-{number}", full_name=f"Person {number}")
        assert session.post(f"{fresh_server.url}/api/contacts/capture", json=body).ok
    with session.get(f"{fresh_server.url}/api/export/contacts.csv", stream=True) as response:
        assert response.status_code == 200
        assert response.headers.get("Transfer-Encoding") == "chunked"
        assert "Content-Length" not in response.headers
        text = response.content.decode("utf-8-sig")
    assert text.count("https://www.linkedin.com/in/stream-") == 600
