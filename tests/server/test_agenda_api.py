"""The agenda through the real server: a job search's timeline, one touch at a time."""

import pytest

from tests.server.plan_timeline import agenda, get, items_for, post

ITEM_KEYS = {
    "id",
    "kind",
    "due",
    "state",
    "why",
    "contact",
    "opportunity",
    "interview_id",
    "draft_kind",
    "channel",
}


@pytest.fixture
def search(fresh_server):
    """Priya interviewed the user at Acme on Tue 1 Dec 2026 and said "about a week"."""
    with fresh_server.session() as session:
        priya = post(session, fresh_server, "/api/contacts", {"full_name": "Priya Raman"})
        acme = post(
            session,
            fresh_server,
            "/api/opportunities",
            {"company": "Acme", "role": "Staff Engineer", "status": "interviewing"},
        )
        interview = post(
            session,
            fresh_server,
            f"/api/opportunities/{acme['id']}/interviews",
            {
                "on": "2026-12-01",
                "stage": "phone screen",
                "interviewer_ids": [priya["id"]],
                "timeframe": "about a week",
            },
        )
        yield session, fresh_server, priya, acme, interview


def test_the_day_of_the_interview_asks_for_a_thank_you(search):
    session, server, priya, acme, interview = search
    items = agenda(session, server, "2026-12-01")
    [thank_you] = items_for(items, "thank_you", priya["id"])
    assert set(thank_you) == ITEM_KEYS
    assert thank_you["due"] == "2026-12-01"
    assert thank_you["state"] == "today"
    assert thank_you["draft_kind"] == "thank_you"
    assert thank_you["interview_id"] == interview["id"]
    assert thank_you["contact"] == {
        "id": priya["id"],
        "full_name": "Priya Raman",
        "first_name": "Priya",
    }
    assert thank_you["opportunity"] == {
        "id": acme["id"],
        "company": "Acme",
        "role": "Staff Engineer",
        "status": "interviewing",
    }
    assert "Priya" in thank_you["why"]
    [connect] = items_for(items, "connection_request", priya["id"])
    assert connect["draft_kind"] == "connection_note"
    dues = [item["due"] for item in items]
    assert dues == sorted(dues)


def test_a_missed_thank_you_is_overdue_the_next_day(search):
    session, server, priya, _, _ = search
    [thank_you] = items_for(agenda(session, server, "2026-12-02"), "thank_you", priya["id"])
    assert thank_you["state"] == "overdue"
    assert thank_you["due"] == "2026-12-01"


def test_marking_a_touch_removes_the_item_and_the_next_one_follows(search):
    session, server, priya, acme, interview = search
    before = items_for(agenda(session, server, "2026-12-01"), "thank_you", priya["id"])
    post(
        session,
        server,
        "/api/touches",
        {
            "contact_id": priya["id"],
            "kind": "thank_you",
            "sent_on": "2026-12-01",
            "interview_id": interview["id"],
        },
    )
    post(
        session,
        server,
        "/api/touches",
        {
            "contact_id": priya["id"],
            "kind": "connection_request",
            "channel": "linkedin",
            "sent_on": "2026-12-01",
            "interview_id": interview["id"],
        },
    )
    after = agenda(session, server, "2026-12-01")
    assert before and not items_for(after, "thank_you")
    assert not items_for(after, "connection_request")

    # "About a week" from Tue 1 Dec is Tue 8 Dec; the follow-up is three days later.
    [follow_up] = items_for(agenda(session, server, "2026-12-11"), "follow_up", priya["id"])
    assert (follow_up["due"], follow_up["state"]) == ("2026-12-11", "today")
    assert follow_up["draft_kind"] == "follow_up"
    assert not items_for(agenda(session, server, "2026-12-07", days=0), "follow_up")

    post(
        session,
        server,
        "/api/touches",
        {
            "contact_id": priya["id"],
            "kind": "follow_up",
            "sent_on": "2026-12-11",
            "opportunity_id": acme["id"],
        },
    )
    later = agenda(session, server, "2026-12-11", days=60)
    assert not items_for(later, "follow_up")
    check_ins = items_for(later, "check_in", priya["id"])
    assert check_ins and all(item["due"] >= "2026-12-18" for item in check_ins)


def test_a_rejection_stops_check_ins_and_plans_staying_in_touch(search):
    session, server, priya, acme, interview = search
    for kind, day in (("thank_you", "2026-12-01"), ("follow_up", "2026-12-11")):
        post(
            session,
            server,
            "/api/touches",
            {
                "contact_id": priya["id"],
                "kind": kind,
                "sent_on": day,
                "interview_id": interview["id"],
            },
        )
    response = session.patch(
        f"{server.url}/api/opportunities/{acme['id']}", json={"status": "rejected"}
    )
    assert response.status_code == 200
    items = agenda(session, server, "2026-12-11", days=366)
    assert not items_for(items, "check_in") and not items_for(items, "follow_up")
    [stay] = items_for(items, "stay_in_touch", priya["id"])
    assert stay["due"] > "2027-02-01"


def test_the_agenda_refuses_bad_dates_and_windows(fresh_server):
    with fresh_server.session() as session:
        for params, field in (
            ({"today": "2026-02-30"}, "today"),
            ({"today": "soon"}, "today"),
            ({"days": "-1"}, "days"),
            ({"days": "100000"}, "days"),
        ):
            response = session.get(f"{fresh_server.url}/api/agenda", params=params)
            assert response.status_code == 422
            assert field in response.json()["errors"]["query"]
        plain = get(session, fresh_server, "/api/agenda")
        assert set(plain) == {"today", "items"}
