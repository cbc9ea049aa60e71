"""The whole backup: contacts, opportunities, interviews and touches out in a ZIP and back."""

import io
import zipfile

from tests.exchange.helpers import upload

PLAN = ("opportunities", "interviews", "touches")


def seed(client):
    """Two contacts (one known by URL, one by email), two jobs, three interviews, touches."""
    priya = client.post(
        "/api/contacts",
        json={"full_name": "Priya Raman",
              "linkedin_url": "https://www.linkedin.com/in/priya-raman-3b7c21/"},
    ).json  # fmt: skip
    elodie = client.post(
        "/api/contacts",
        json={"full_name": "Élodie Dupré", "email": "elodie@societe.example",
              "current_company": "Société Générale"},
    ).json  # fmt: skip
    acme = client.post(
        "/api/opportunities",
        json={"company": "Acme", "role": "Staff Engineer", "status": "interviewing",
              "applied_on": "2026-11-20", "notes": "=SUM(A1) | not a formula\nsecond line"},
    ).json  # fmt: skip
    societe = client.post(
        "/api/opportunities", json={"company": "Société Générale", "status": "rejected"}
    ).json
    screen = client.post(
        f"/api/opportunities/{acme['id']}/interviews",
        json={"on": "2026-12-01", "at": "14:30", "stage": "phone screen", "format": "video",
              "interviewer_ids": [priya["id"], elodie["id"]], "timeframe": "about a week",
              "next_steps": "Onsite next"},
    ).json  # fmt: skip
    client.post(
        f"/api/opportunities/{acme['id']}/interviews",
        json={"on": "2026-12-08", "stage": "final round", "decide_by": "2026-12-20",
              "interviewer_ids": [priya["id"]]},
    )  # fmt: skip
    client.post(
        f"/api/opportunities/{societe['id']}/interviews",
        json={"on": "2026-10-02", "interviewer_ids": [elodie["id"]]},
    )
    for body in (
        {"contact_id": priya["id"], "kind": "thank_you", "sent_on": "2026-12-01",
         "interview_id": screen["id"], "text": "Thank you, Priya — «merci»!"},
        {"contact_id": elodie["id"], "kind": "follow_up", "channel": "mail",
         "sent_on": "2026-10-12", "opportunity_id": societe["id"]},
        {"contact_id": priya["id"], "kind": "check_in", "channel": "linkedin",
         "sent_on": "2026-11-01"},
    ):  # fmt: skip
        assert client.post("/api/touches", json=body).status_code == 201


def plan_of(client) -> list[dict]:
    """Every opportunity with its interviews and touches, without ids and write times."""
    result = []
    for opportunity in sorted(client.get("/api/opportunities").json, key=lambda o: o["company"]):
        interviews = [
            {
                **{k: v for k, v in interview.items()
                   if k not in ("id", "opportunity_id", "interviewer_ids", "interviewers",
                                "updated_at")},
                "interviewers": [person["full_name"] for person in interview["interviewers"]],
            }
            for interview in opportunity["interviews"]
        ]  # fmt: skip
        result.append(
            {
                **{k: v for k, v in opportunity.items()
                   if k not in ("id", "interviews", "contacts", "updated_at")},
                "interviews": interviews,
                "contacts": sorted(person["full_name"] for person in opportunity["contacts"]),
            }
        )  # fmt: skip
    return result


def touches_of(client) -> list[tuple]:
    rows = []
    for contact in client.get("/api/contacts").json:
        for touch in client.get(f"/api/contacts/{contact['id']}/touches").json:
            rows.append(
                (contact["full_name"], touch["kind"], touch["channel"], touch["sent_on"],
                 touch["text"], touch["created_at"], touch["interview_id"] is not None,
                 touch["opportunity_id"] is not None)
            )  # fmt: skip
    return sorted(rows)


def export_zip(client) -> bytes:
    response = client.get("/api/export/plan.zip")
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert "segue-backup-" in response.headers["Content-Disposition"]
    return response.data


def test_the_backup_holds_contacts_and_the_plan_as_csv_files(client):
    seed(client)
    with zipfile.ZipFile(io.BytesIO(export_zip(client))) as archive:
        assert archive.namelist() == [
            "contacts.csv", "opportunities.csv", "interviews.csv", "touches.csv",
        ]  # fmt: skip
        interviews = archive.read("interviews.csv").decode("utf-8-sig")
        opportunities = archive.read("opportunities.csv").decode("utf-8-sig")
    assert "https://www.linkedin.com/in/priya-raman-3b7c21/" in interviews
    assert "email:elodie@societe.example" in interviews
    # A spreadsheet never runs a cell as a formula.
    assert "\"'=SUM(A1)" in opportunities


def test_export_then_import_into_an_empty_database_gives_the_same_plan(client):
    seed(client)
    backup = export_zip(client)
    plan, touches = plan_of(client), touches_of(client)
    for opportunity in client.get("/api/opportunities").json:
        client.delete(f"/api/opportunities/{opportunity['id']}")
    for contact in client.get("/api/contacts").json:
        client.delete(f"/api/contacts/{contact['id']}")

    report = upload(client, backup, "segue-backup.zip")
    assert report.status_code == 200, report.json
    assert report.json["format"] == "segue-zip"
    assert report.json["errors"] == []
    assert report.json["created"] == 2
    assert report.json["plan"] == {
        "opportunities": {"created": 2, "skipped": 0},
        "interviews": {"created": 3, "skipped": 0},
        "touches": {"created": 3, "skipped": 0},
    }
    assert plan_of(client) == plan
    assert touches_of(client) == touches


def test_importing_the_same_backup_twice_adds_nothing(client):
    seed(client)
    backup = export_zip(client)
    plan, touches = plan_of(client), touches_of(client)
    dry = upload(client, backup, "segue-backup.zip", dry_run=True).json
    again = upload(client, backup, "segue-backup.zip").json
    assert dry == again
    assert again["created"] == 0
    assert again["plan"] == {
        "opportunities": {"created": 0, "skipped": 2},
        "interviews": {"created": 0, "skipped": 3},
        "touches": {"created": 0, "skipped": 3},
    }
    assert plan_of(client) == plan and touches_of(client) == touches


def test_a_dry_run_of_a_backup_writes_nothing(client):
    seed(client)
    backup = export_zip(client)
    for opportunity in client.get("/api/opportunities").json:
        client.delete(f"/api/opportunities/{opportunity['id']}")
    report = upload(client, backup, "segue-backup.zip", dry_run=True).json
    assert report["plan"]["interviews"] == {"created": 3, "skipped": 0}
    assert client.get("/api/opportunities").json == []


def test_broken_backups_are_422_or_reported_by_line(client):
    seed(client)
    not_zip = upload(client, b"PK\x03\x04 nothing more", "broken.zip")
    assert not_zip.status_code == 422 and "file" in not_zip.json["errors"]["files"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert upload(client, buffer.getvalue(), "other.zip").status_code == 422

    with zipfile.ZipFile(io.BytesIO(export_zip(client))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["touches.csv"] = files["touches.csv"].replace(b'"check_in"', b'"bribe"')
    files["interviews.csv"] = files["interviews.csv"].replace(
        b"email:elodie@societe.example", b"email:nobody@example.com"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    for opportunity in client.get("/api/opportunities").json:
        client.delete(f"/api/opportunities/{opportunity['id']}")
    report = upload(client, buffer.getvalue(), "edited.zip")
    assert report.status_code == 200
    messages = [error["message"] for error in report.json["errors"]]
    assert any(m.startswith("touches.csv: Kind: must be one of") for m in messages), messages
    assert any("no contact email:nobody@example.com" in m for m in messages), messages
    assert report.json["plan"]["interviews"]["created"] == 3
