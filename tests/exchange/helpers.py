"""Requests and readers the export and import tests share."""

import csv
import io

from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

VOLATILE = ("id", "updated_at")
VOLATILE_POINT = ("id", "contact_id", "created_at", "updated_at")


def upload(client, data: bytes, filename="contacts.csv", *, dry_run=False):
    """POST a file to the import route as a browser form would."""
    path = "/api/import?dry_run=true" if dry_run else "/api/import"
    # Encoded here in memory: the test client would spool a large body to a file it never closes.
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), filename)})
    return client.post(path, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def export_csv(client, fmt="segue") -> bytes:
    response = client.get(f"/api/export/contacts.csv?format={fmt}")
    assert response.status_code == 200, response.data
    return response.data


def csv_rows(data: bytes) -> list[list[str]]:
    """The rows of an exported CSV, header first, after its byte order mark."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def all_contacts(client) -> list[dict]:
    """Every contact with its details, oldest first, as the API gives them."""
    summaries = client.get("/api/contacts?per_page=100").json
    ids = sorted(summary["id"] for summary in summaries)
    return [client.get(f"/api/contacts/{contact_id}").json for contact_id in ids]


def comparable(contact: dict) -> dict:
    """A contact without what differs between two databases holding the same person."""
    data = {key: value for key, value in contact.items() if key not in VOLATILE}
    data["talking_points"] = [
        {key: value for key, value in point.items() if key not in VOLATILE_POINT}
        for point in contact["talking_points"]
    ]
    return data


def delete_all(client) -> None:
    for contact in client.get("/api/contacts?per_page=100").json:
        assert client.delete(f"/api/contacts/{contact['id']}").status_code == 204


def many_connections(count: int, *, last_name=lambda n: f"Número {n}") -> bytes:
    """A LinkedIn Connections.csv of `count` people, as LinkedIn writes it."""
    lines = ["Notes:", '"Some email addresses may be missing."', "",
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]  # fmt: skip
    for n in range(count):
        lines.append(
            f"Person,{last_name(n)},https://www.linkedin.com/in/person-{n},,"
            f'"Company {n % 500}, Inc.",Engineering Manager,{n % 28 + 1:02d} Mar 2024'
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()
