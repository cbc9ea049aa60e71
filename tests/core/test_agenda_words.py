"""One-line names of agenda items, for the calendar and the terminal."""

import datetime

from server.core.agenda_table import agenda_table
from server.core.agenda_words import item_summary

ACME = {"id": 1, "company": "Acme", "role": "Staff Engineer", "status": "interviewing"}
PRIYA = {"id": 2, "full_name": "Priya Raman", "first_name": "Priya"}


def item(kind, due, state, contact=PRIYA, opportunity=ACME):
    return {"id": f"{kind}-{due}", "kind": kind, "due": due, "state": state,
            "why": f"Why {kind}", "contact": contact, "opportunity": opportunity}  # fmt: skip


def test_summaries_name_who_and_where():
    assert item_summary(item("thank_you", "2026-12-01", "today")) == (
        "Send Priya Raman a thank-you (Acme)"
    )
    assert item_summary(item("follow_up", "2026-12-11", "upcoming", contact=None)) == (
        "Follow up with your interviewer (Acme)"
    )
    assert item_summary(item("keep_searching", "2026-12-01", "today", None, None)) == (
        "Keep your search moving"
    )


def test_the_table_puts_what_is_due_now_before_the_week_and_leaves_later_out():
    today = datetime.date(2026, 12, 1)
    text = agenda_table(
        [
            item("connection_request", "2026-11-28", "overdue"),
            item("thank_you", "2026-12-01", "today"),
            item("follow_up", "2026-12-08", "upcoming"),
            item("check_in", "2026-12-09", "upcoming"),
        ],
        today=today,
        days=7,
    )
    now, _, week = text.partition("The next 7 days")
    assert "Sat 28 Nov (late)" in now and "Tue 1 Dec" in now
    assert "Tue 8 Dec" in week and "Follow up" in week
    assert "Check in" not in text
    assert agenda_table([], today=today, days=7).count("Nothing due.") == 2
