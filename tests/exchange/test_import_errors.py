"""Bad files and bad rows: a clear 4xx or a per-line reason, never a 5xx, never half a file."""

import json

import pytest

from tests.exchange.helpers import all_contacts, upload
from tests.exchange.test_import_linkedin import connections

GOOD_ROW = "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Acme,CTO,12 Mar 2024"


def total(client) -> int:
    return json.loads(client.get("/api/contacts").headers["X-Pagination"])["total"]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"name,phone\r\nAna,555\r\n",
        "Vorname;Nachname;E-Mail\r\nAna;Silva;ana@example.com\r\n".encode("utf-16"),
    ],
    ids=["empty", "binary", "unknown-header", "unknown-utf16"],
)
def test_unreadable_or_unknown_files_are_422_naming_the_file_field(client, data):
    response = upload(client, data)
    assert response.status_code == 422
    assert response.json["errors"]["files"]["file"]
    assert total(client) == 0


def test_broken_csv_is_refused_whole_with_its_line(client):
    data = connections(GOOD_ROW, GOOD_ROW.replace("ana-silva", "bo-li"), 'Cy,"Unclosed,,,,,')
    response = upload(client, data)
    assert response.status_code == 422
    assert "Line 7" in response.json["message"]
    assert total(client) == 0


def test_cell_past_the_csv_field_limit_is_refused_whole(client):
    data = connections(GOOD_ROW, "Ana,Silva,,,," + "x" * 200_000 + ",")
    response = upload(client, data)
    assert response.status_code == 422
    assert response.json["message"].startswith("Line 6: the CSV is broken")
    assert total(client) == 0


def test_upload_over_20_mib_is_413(client):
    response = upload(client, connections(GOOD_ROW) + b" " * (20 * 1024 * 1024))
    assert response.status_code == 413
    assert total(client) == 0


def test_missing_file_is_422_naming_the_field(client):
    response = client.post("/api/import", data={}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "file" in response.json["errors"]["files"]


def test_json_body_is_refused_with_415(client):
    response = client.post("/api/import", json={"file": "First Name,Last Name"})
    assert response.status_code == 415


def test_bad_dry_run_value_is_422_naming_it(client):
    response = client.post(
        "/api/import?dry_run=perhaps", data={}, content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert "dry_run" in response.json["errors"]["query"]


def test_row_with_too_many_cells_is_reported(client):
    report = upload(client, connections(GOOD_ROW, GOOD_ROW + ",extra,cells")).json
    assert report["created"] == 1
    assert report["errors"] == [{"line": 6, "message": "9 cells, but the header has 7."}]


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("Ana,Silva,https://www.linkedin.com/company/acme,,,,", "URL"),
        ("Ana,Silva,,ana@,,,", "Email Address"),
        (",,,ana@example.com,Acme,CTO,12 Mar 2024", "First Name"),
        ("Ana,Silva,,,Acme," + "T" * 301 + ",", "Position"),
    ],
    ids=["company-url", "email", "no-name", "long-title"],
)
def test_bad_row_names_its_column(client, row, column):
    report = upload(client, connections(row)).json
    assert report["created"] == 0
    [error] = report["errors"]
    assert error["line"] == 5
    assert error["message"].startswith(f"{column}: ")


def test_stray_nul_past_the_start_is_a_bad_row_not_a_binary_file(client):
    padding = [GOOD_ROW.replace("ana-silva", f"person-{n}") for n in range(20)]
    report = upload(client, connections(*padding, "Ana,Sil\x00va,,,,,")).json
    assert report["created"] == 20
    assert report["errors"] == [
        {"line": 25, "message": "Last Name: Must not contain NUL characters."}
    ]


def test_line_numbers_count_lines_inside_quoted_cells(client):
    data = connections('Ana,Silva,,,"Acme\r\nWest",CTO,', "Bad,Row,https://example.com/x,,,,")
    report = upload(client, data).json
    assert report["errors"][0]["line"] == 7


def test_dry_run_reports_the_same_and_writes_nothing(client):
    data = connections(GOOD_ROW, "Bad,Email,,nope,,,", ",,,,,,", GOOD_ROW)
    dry = upload(client, data, dry_run=True)
    assert dry.status_code == 200
    assert total(client) == 0

    real = upload(client, data).json

    assert dry.json == real
    assert (real["created"], real["updated"], real["skipped"]) == (1, 0, 2)
    assert [error["line"] for error in real["errors"]] == [6]
    assert [c["full_name"] for c in all_contacts(client)] == ["Ana Silva"]


def test_segue_csv_with_a_broken_list_cell_reports_the_column(client):
    header = "LinkedIn URL,Full Name,Preferred Channel,"
    header += "Positions (title | company | start | end | location)"
    rows = [
        "https://www.linkedin.com/in/ok-one,Ok One,email,Lead | Acme | 2020 |  | ",
        "https://www.linkedin.com/in/bad-one,Bad One,email,Lead | Acme | 20200 |  | ",
        "https://www.linkedin.com/in/bad-two,Bad Two,pigeon,",
    ]
    data = ("\r\n".join([header, *rows]) + "\r\n").encode()

    report = upload(client, data).json

    assert report["format"] == "segue"
    assert report["created"] == 1
    messages = [error["message"] for error in report["errors"]]
    assert messages[0].startswith("Positions (title | company | start | end | location): Entry 1")
    assert messages[1].startswith("Preferred Channel: ")


@pytest.mark.parametrize(
    ("points", "message"),
    [
        ("custom | Hello |  | borrowed", "Must be manual or dismissed."),
        ("interest | Sailing |  | dismissed", "A dismissed point needs the topic"),
    ],
)
def test_segue_talking_points_with_a_bad_source_or_topic_are_reported(client, points, message):
    header = "LinkedIn URL,Full Name,Preferred Channel,"
    header += "Talking Points (kind | text | url | source | topic)"
    row = f"https://www.linkedin.com/in/ana-silva,Ana Silva,email,{points}"

    report = upload(client, f"{header}\r\n{row}\r\n".encode()).json

    assert report["created"] == 0
    (error,) = report["errors"]
    assert error["line"] == 2
    assert error["message"].startswith("Talking Points (kind | text | url | source | topic)")
    assert message in error["message"]


@pytest.mark.parametrize(
    "cell",
    ["[" * 1000 + "]" * 1000, '{"n": ' + "9" * 4301 + "}", '{"n": NaN}'],
    ids=["nested-1000-deep", "4301-digit-integer", "nan"],
)
def test_a_capture_cell_past_the_json_limits_is_a_row_error(client, cell):
    header = "LinkedIn URL,Full Name,Preferred Channel,Capture (JSON)"
    data = f'{header}\r\n,Ana Silva,,"{cell.replace(chr(34), chr(34) * 2)}"\r\n'.encode()
    response = upload(client, data)
    assert response.status_code == 200, response.json
    [error] = response.json["errors"]
    assert error["line"] == 2
    assert error["message"] in {
        "Capture (JSON): The JSON is nested more than 32 levels deep.",
        "Capture (JSON): A number is longer than 30 characters.",
        "Capture (JSON): NaN is not a JSON number.",
    }
    assert total(client) == 0


@pytest.mark.parametrize(
    "data",
    [
        b'"Name","Phone"\r\n"Ana","555"\r\n',
        b'"Vorname";"Nachname"\r\n"Ana";"Silva"\r\n',
    ],
    ids=["comma", "semicolon"],
)
def test_well_formed_csv_with_unknown_quoted_headers_says_the_format_is_unknown(client, data):
    response = upload(client, data)
    assert response.status_code == 422
    message = response.json["message"]
    assert message.startswith("Unknown file format"), message
    for known in ("Segue", "LinkedIn's Connections.csv", "Google", "Outlook", ".vcf"):
        assert known in message
    assert response.json["errors"]["files"]["file"] == [message]
