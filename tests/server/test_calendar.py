"""The calendar feed: the agenda as iCalendar, and the read-only key that opens it alone."""

import datetime
import stat

import icalendar
import pytest
import requests

from tests.server.plan_timeline import post

# Long and far from ASCII, so lines must fold inside a character's bytes, never through one.
LONG_NAME = "Zoë Øyvindsdóttir-Núñez Wołodźko Çelik 王小明 " * 3


@pytest.fixture
def feed(fresh_server):
    """A job search in progress on the real server's own today: one interview today, one
    a fortnight ago never thanked, and the calendar's bytes."""
    today = datetime.date.today()
    with fresh_server.session() as session:
        zoe = post(session, fresh_server, "/api/contacts", {"full_name": LONG_NAME.strip()})
        marcus = post(session, fresh_server, "/api/contacts", {"full_name": "Marcus O'Neill"})
        acme = post(session, fresh_server, "/api/opportunities", {"company": "Société Générale"})
        for day, person in ((today, zoe), (today - datetime.timedelta(days=14), marcus)):
            post(
                session, fresh_server, f"/api/opportunities/{acme['id']}/interviews",
                {"on": day.isoformat(), "interviewer_ids": [person["id"]],
                 "timeframe": "about a week"},
            )  # fmt: skip
        response = session.get(f"{fresh_server.url}/api/calendar.ics")
        yield fresh_server, session, response, today


def events(body: bytes):
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def test_the_feed_is_icalendar_with_a_timed_reminder_per_item(feed):
    server, session, response, today = feed
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    found = events(response.content)
    agenda = session.get(f"{server.url}/api/agenda", params={"days": 60}).json()["items"]
    assert len(found) == len(agenda) >= 3
    assert {str(event["UID"]) for event in found} == {f"{i['id']}@segue.local" for i in agenda}
    for event in found:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # Floating 09:00: nine in the morning wherever the user's calendar is.
        assert (start.hour, start.minute, start.tzinfo) == (9, 0, None)
        assert end - start == datetime.timedelta(minutes=15)
        assert start.date() >= today
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert f"http://127.0.0.1:{server.port}/" in str(event["DESCRIPTION"])
    overdue = [item for item in agenda if item["state"] == "overdue"]
    assert overdue, "the thank-you not sent a fortnight ago"
    by_uid = {str(event["UID"]): event for event in found}
    for item in overdue:
        assert by_uid[f"{item['id']}@segue.local"].decoded("DTSTART").date() == today
        assert item["why"] in str(by_uid[f"{item['id']}@segue.local"]["DESCRIPTION"])


def test_lines_end_in_crlf_and_fold_within_75_octets(feed):
    _, _, response, _ = feed
    body = response.content
    assert body.endswith(b"\r\n")
    lines = body.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines), "the long name must fold"
    for line in lines:
        line.decode("utf-8")  # no line is cut inside a character
    names = [str(event["SUMMARY"]) for event in events(body)]
    assert any(LONG_NAME.strip() in name for name in names)


def test_uids_are_stable_across_fetches(feed):
    server, session, first, _ = feed
    second = session.get(f"{server.url}/api/calendar.ics")
    assert [str(e["UID"]) for e in events(first.content)] == [
        str(e["UID"]) for e in events(second.content)
    ]


def test_the_calendar_key_opens_the_calendar_and_nothing_else(feed):
    server, session, _, _ = feed
    answer = session.get(f"{server.url}/api/calendar/key").json()
    key, url = answer["key"], answer["url"]
    assert url == f"http://127.0.0.1:{server.port}/api/calendar.ics?key={key}"
    key_file = server.data_dir / "calendar-key"
    assert key_file.read_text().strip() == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key != server.token

    opened = requests.get(url)
    assert opened.status_code == 200 and events(opened.content)
    assert requests.get(f"{server.url}/api/calendar.ics?key={key}x").status_code == 401
    assert requests.get(f"{server.url}/api/calendar.ics?key=").status_code == 401
    for path in ("/api/agenda", "/api/contacts", "/api/calendar/key", "/api/opportunities"):
        assert requests.get(f"{server.url}{path}?key={key}").status_code == 401, path
        bearer = {"Authorization": f"Bearer {key}"}
        assert requests.get(f"{server.url}{path}", headers=bearer).status_code == 401, path
    assert requests.post(f"{server.url}/api/touches?key={key}", json={}).status_code == 401

    # The same key until it is rotated; then only the new one works.
    assert session.get(f"{server.url}/api/calendar/key").json()["key"] == key
    rotated = session.get(f"{server.url}/api/calendar/key", params={"rotate": "true"}).json()
    assert rotated["key"] != key
    assert requests.get(url).status_code == 401
    assert requests.get(rotated["url"]).status_code == 200
