"""Opportunities, interviews and touches through the API: CRUD, cascades, and every refusal."""

import datetime

import pytest

from server.core.plan.model import OPPORTUNITY_STATUSES
from server.store.board import board_cards, status_counts
from server.store.plan import interview_context, list_opportunities, opportunity_columns


def add_contact(client, name, url=None):
    body = {"full_name": name}
    if url:
        body["linkedin_url"] = url
    response = client.post("/api/contacts", json=body)
    assert response.status_code == 201
    return response.json


def add_opportunity(client, company="Acme", **fields):
    response = client.post("/api/opportunities", json={"company": company, **fields})
    assert response.status_code == 201, response.json
    return response.json


def add_interview(client, opportunity_id, **fields):
    body = {"on": "2026-12-01", **fields}
    response = client.post(f"/api/opportunities/{opportunity_id}/interviews", json=body)
    assert response.status_code == 201, response.json
    return response.json


def field_errors(response, location="json"):
    assert response.status_code == 422, response.json
    return set(response.json["errors"][location])


def test_opportunity_crud_and_status_filter(client):
    created = add_opportunity(
        client, "Acme", role="Staff Engineer", job_url="https://acme.example/jobs/1",
        applied_on="2026-11-20", source="referral", notes="Priya referred me",
    )  # fmt: skip
    assert created["status"] == "applied"
    assert created["applied_on"] == "2026-11-20"
    assert created["interviews"] == [] and created["contacts"] == []
    other = add_opportunity(client, "Globex", status="wishlist")

    edited = client.patch(f"/api/opportunities/{created['id']}", json={"status": "interviewing"})
    assert edited.status_code == 200
    assert edited.json["status"] == "interviewing"
    assert edited.json["status_changed_at"] >= created["status_changed_at"]
    assert edited.json["notes"] == "Priya referred me"

    everything = client.get("/api/opportunities").json
    assert {o["id"] for o in everything} == {created["id"], other["id"]}
    wishlist = client.get("/api/opportunities?status=wishlist").json
    assert [o["company"] for o in wishlist] == ["Globex"]
    assert field_errors(client.get("/api/opportunities?status=maybe"), "query") == {"status"}

    assert client.delete(f"/api/opportunities/{other['id']}").status_code == 204
    assert client.get(f"/api/opportunities/{other['id']}").status_code == 404
    assert client.delete(f"/api/opportunities/{other['id']}").status_code == 404


def test_interview_is_answered_with_decide_by_and_follow_up_on(client):
    priya = add_contact(client, "Priya Raman", "https://www.linkedin.com/in/priya-raman-3b7c21/")
    opportunity = add_opportunity(client)
    interview = add_interview(
        client, opportunity["id"], at="14:30", stage="phone screen", format="video",
        interviewer_ids=[priya["id"]], next_steps="Onsite with the team",
        timeframe="about a week",
    )  # fmt: skip
    assert interview["decide_by"] == "2026-12-08"
    assert interview["decide_by_given"] is False
    assert interview["follow_up_on"] == "2026-12-11"
    assert interview["at"] == "14:30"
    assert interview["interviewer_ids"] == [priya["id"]]
    assert interview["interviewers"][0]["full_name"] == "Priya Raman"

    read = client.get(f"/api/opportunities/{opportunity['id']}").json
    assert [i["id"] for i in read["interviews"]] == [interview["id"]]
    assert [c["id"] for c in read["contacts"]] == [priya["id"]]
    assert client.get(f"/api/interviews/{interview['id']}").json == interview


def test_no_timeframe_follows_up_ten_days_on(client):
    interview = add_interview(client, add_opportunity(client)["id"])
    assert interview["decide_by"] is None
    assert interview["follow_up_on"] == "2026-12-11"


def test_a_given_decide_by_wins_over_the_timeframe_and_its_rereading(client):
    opportunity = add_opportunity(client)
    interview = add_interview(
        client, opportunity["id"], timeframe="about a week", decide_by="2026-12-20"
    )
    assert interview["decide_by"] == "2026-12-20" and interview["decide_by_given"] is True
    assert interview["follow_up_on"] == "2026-12-23"
    path = f"/api/interviews/{interview['id']}"

    reworded = client.patch(path, json={"timeframe": "a couple of weeks"}).json
    assert reworded["decide_by"] == "2026-12-20"
    assert reworded["timeframe"] == "a couple of weeks"

    handed_back = client.patch(path, json={"decide_by": None, "timeframe": "about a week"}).json
    assert handed_back["decide_by_given"] is False
    assert handed_back["decide_by"] == "2026-12-08"


def test_patching_the_timeframe_reads_it_again(client):
    interview = add_interview(client, add_opportunity(client)["id"])
    path = f"/api/interviews/{interview['id']}"
    assert client.patch(path, json={"timeframe": "about a week"}).json["decide_by"] == "2026-12-08"
    moved = client.patch(path, json={"on": "2026-12-03"}).json
    assert moved["decide_by"] == "2026-12-10"
    assert client.patch(path, json={"timeframe": ""}).json["decide_by"] is None


def test_interviewers_can_be_replaced(client):
    priya, marcus = add_contact(client, "Priya Raman"), add_contact(client, "Marcus O'Neill")
    interview = add_interview(
        client, add_opportunity(client)["id"], interviewer_ids=[priya["id"], marcus["id"]]
    )
    assert interview["interviewer_ids"] == [priya["id"], marcus["id"]]
    path = f"/api/interviews/{interview['id']}"
    assert client.patch(path, json={"interviewer_ids": [marcus["id"]]}).json["interviewer_ids"] == [
        marcus["id"]
    ]


def test_deleting_an_opportunity_removes_its_interviews_and_keeps_the_contacts(client):
    priya = add_contact(client, "Priya Raman")
    opportunity = add_opportunity(client)
    interview = add_interview(client, opportunity["id"], interviewer_ids=[priya["id"]])
    touch = client.post(
        "/api/touches",
        json={"contact_id": priya["id"], "kind": "thank_you", "interview_id": interview["id"]},
    ).json

    assert client.delete(f"/api/opportunities/{opportunity['id']}").status_code == 204
    assert client.get(f"/api/interviews/{interview['id']}").status_code == 404
    assert client.get(f"/api/contacts/{priya['id']}").status_code == 200
    # What was sent stays in the contact's history, no longer tied to the job.
    [kept] = client.get(f"/api/contacts/{priya['id']}/touches").json
    assert kept["id"] == touch["id"]
    assert kept["interview_id"] is None and kept["opportunity_id"] is None


def test_deleting_a_contact_keeps_the_interview_without_them(client):
    priya, marcus = add_contact(client, "Priya Raman"), add_contact(client, "Marcus O'Neill")
    interview = add_interview(
        client, add_opportunity(client)["id"], interviewer_ids=[priya["id"], marcus["id"]]
    )
    client.post("/api/touches", json={"contact_id": priya["id"], "kind": "thank_you"})

    assert client.delete(f"/api/contacts/{priya['id']}").status_code == 204
    kept = client.get(f"/api/interviews/{interview['id']}").json
    assert kept["interviewer_ids"] == [marcus["id"]]
    assert client.get(f"/api/contacts/{priya['id']}/touches").status_code == 404


def test_deleting_an_interview_keeps_the_opportunity(client):
    opportunity = add_opportunity(client)
    interview = add_interview(client, opportunity["id"])
    assert client.delete(f"/api/interviews/{interview['id']}").status_code == 204
    assert client.get(f"/api/interviews/{interview['id']}").status_code == 404
    assert client.delete(f"/api/interviews/{interview['id']}").status_code == 404
    assert client.get(f"/api/opportunities/{opportunity['id']}").json["interviews"] == []


def test_touches_are_listed_oldest_first_and_take_the_interviews_opportunity(client):
    priya = add_contact(client, "Priya Raman")
    opportunity = add_opportunity(client)
    interview = add_interview(client, opportunity["id"], interviewer_ids=[priya["id"]])
    later = client.post(
        "/api/touches",
        json={
            "contact_id": priya["id"], "kind": "follow_up", "channel": "email",
            "sent_on": "2026-12-11", "interview_id": interview["id"],
            "text": "Thanks again — here is the article on build caches.",
        },
    )  # fmt: skip
    assert later.status_code == 201
    assert later.json["opportunity_id"] == opportunity["id"]
    earlier = client.post(
        "/api/touches",
        json={
            "contact_id": priya["id"], "kind": "thank_you", "channel": "mail",
            "sent_on": "2026-12-01", "opportunity_id": opportunity["id"],
        },
    )  # fmt: skip
    assert earlier.status_code == 201
    listed = client.get(f"/api/contacts/{priya['id']}/touches").json
    assert [t["kind"] for t in listed] == ["thank_you", "follow_up"]
    assert (
        client.get(f"/api/opportunities/{opportunity['id']}").json["contacts"][0]["id"]
        == (priya["id"])
    )


def test_a_touch_without_a_day_is_sent_today(client):
    priya = add_contact(client, "Priya Raman")
    touch = client.post("/api/touches", json={"contact_id": priya["id"], "kind": "check_in"})
    assert touch.json["sent_on"] == datetime.date.today().isoformat()
    assert touch.json["channel"] == "email"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"on": "2026-02-30"}, "on"),
        ({"on": "tomorrow"}, "on"),
        ({"on": "9999-12-31"}, "on"),
        ({"at": "25:00"}, "at"),
        ({"at": "9am"}, "at"),
        ({"format": "carrier pigeon"}, "format"),
        ({"decide_by": "2026-13-01"}, "decide_by"),
        ({"interviewer_ids": [987654]}, "interviewer_ids"),
        ({"interviewer_ids": ["x"]}, "interviewer_ids"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_interview_input_is_422_naming_the_field(client, body, field):
    opportunity = add_opportunity(client)
    created = client.post(
        f"/api/opportunities/{opportunity['id']}/interviews", json={"on": "2026-12-01", **body}
    )
    assert field in field_errors(created)
    interview = add_interview(client, opportunity["id"])
    assert field in field_errors(client.patch(f"/api/interviews/{interview['id']}", json=body))


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"status": "ghosted"}, "status"),
        ({"applied_on": "2026-11-31"}, "applied_on"),
        ({"job_url": "javascript:alert(1)"}, "job_url"),
        ({"company": ""}, "company"),
    ],
)
def test_bad_opportunity_input_is_422_naming_the_field(client, body, field):
    assert field in field_errors(client.post("/api/opportunities", json={"company": "A", **body}))
    opportunity = add_opportunity(client)
    assert field in field_errors(client.patch(f"/api/opportunities/{opportunity['id']}", json=body))


def test_bad_touches_are_422_naming_the_field(client):
    priya = add_contact(client, "Priya Raman")
    opportunity = add_opportunity(client)
    other = add_opportunity(client, "Globex")
    interview = add_interview(client, opportunity["id"])
    good = {"contact_id": priya["id"], "kind": "thank_you"}
    for body, field in (
        ({"kind": "bribe"}, "kind"),
        ({"channel": "pigeon"}, "channel"),
        ({"sent_on": "yesterday"}, "sent_on"),
        ({"contact_id": 987654}, "contact_id"),
        ({"interview_id": 987654}, "interview_id"),
        ({"opportunity_id": 987654}, "opportunity_id"),
        ({"interview_id": interview["id"], "opportunity_id": other["id"]}, "interview_id"),
    ):
        assert field in field_errors(client.post("/api/touches", json={**good, **body})), body
    assert "contact_id" in field_errors(client.post("/api/touches", json={"kind": "thank_you"}))


def test_unknown_ids_are_404(client):
    assert client.get("/api/opportunities/987654").status_code == 404
    assert client.patch("/api/opportunities/987654", json={"notes": "x"}).status_code == 404
    assert client.get("/api/interviews/987654").status_code == 404
    assert client.patch("/api/interviews/987654", json={"stage": "x"}).status_code == 404
    assert client.get("/api/contacts/987654/touches").status_code == 404
    assert (
        client.post("/api/opportunities/987654/interviews", json={"on": "2026-12-01"}).status_code
        == 404
    )
    assert client.get("/api/interviews/99999999999999999999999").status_code == 404


def test_interview_context_is_the_given_or_the_latest_interview(client):
    priya = add_contact(client, "Priya Raman")
    opportunity = add_opportunity(client, "Acme", role="Staff Engineer")
    first = add_interview(client, opportunity["id"], interviewer_ids=[priya["id"]])
    latest = add_interview(
        client, opportunity["id"], on="2026-12-08", stage="final round",
        timeframe="about a week", interviewer_ids=[priya["id"]],
    )  # fmt: skip
    client.post(
        "/api/touches",
        json={"contact_id": priya["id"], "kind": "follow_up", "sent_on": "2026-12-11",
              "opportunity_id": opportunity["id"]},
    )  # fmt: skip
    client.post(
        "/api/touches",
        json={"contact_id": priya["id"], "kind": "thank_you", "sent_on": "2026-12-01",
              "interview_id": first["id"], "channel": "linkedin"},
    )  # fmt: skip
    nobody_id = add_contact(client, "Nobody")["id"]
    context = interview_context(priya["id"])
    given = interview_context(priya["id"], first["id"])
    nobody = interview_context(nobody_id)

    assert context == {
        "opportunity": {
            "id": opportunity["id"], "company": "Acme", "role": "Staff Engineer",
            "status": "applied",
        },
        "interview": {
            "id": latest["id"], "on": datetime.date(2026, 12, 8), "stage": "final round",
            "timeframe": "about a week", "decide_by": datetime.date(2026, 12, 15),
            "follow_up_on": datetime.date(2026, 12, 18),
        },
        "touches": [
            {"kind": "thank_you", "channel": "linkedin", "sent_on": datetime.date(2026, 12, 1)},
            {"kind": "follow_up", "channel": "email", "sent_on": datetime.date(2026, 12, 11)},
        ],
    }  # fmt: skip
    assert given["interview"]["id"] == first["id"]
    assert given["interview"]["follow_up_on"] == datetime.date(2026, 12, 11)
    assert nobody is None


def test_suggestions_take_the_interview_they_refer_to(client):
    priya = add_contact(client, "Priya Raman")
    interview = add_interview(client, add_opportunity(client)["id"], interviewer_ids=[priya["id"]])
    path = f"/api/contacts/{priya['id']}/suggestions"
    given = client.get(f"{path}?kind=thank_you&interview_id={interview['id']}")
    assert given.status_code == 200 and given.json
    assert field_errors(client.get(f"{path}?interview_id=987654"), "query") == {"interview_id"}
    assert field_errors(client.get(f"{path}?interview_id=zero"), "query") == {"interview_id"}


def test_the_board_reads_its_shown_cards_as_the_whole_list_does(client):
    people = [add_contact(client, f"Person {n}")["id"] for n in range(3)]
    for n in range(7):
        status = ("applied", "interviewing", "rejected")[n % 3]
        opportunity = add_opportunity(client, f"Company {n}", status=status)
        add_interview(client, opportunity["id"], interviewer_ids=[people[n % 3]])
        client.post(
            "/api/touches",
            json={"contact_id": people[(n + 1) % 3], "kind": "thank_you",
                  "opportunity_id": opportunity["id"], "sent_on": "2026-12-02"},
        )  # fmt: skip
    everything = list_opportunities()
    for shown in (None, 1, 2):
        columns, hidden = opportunity_columns(OPPORTUNITY_STATUSES, shown)
        for status in OPPORTUNITY_STATUSES:
            column = [o for o in everything if o["status"] == status]
            assert columns[status] == column[:shown]
            assert hidden[status] == len(column) - len(column[:shown])
    assert opportunity_columns(OPPORTUNITY_STATUSES, 2)[1]["applied"] == 1


NEXT = ("on", "at", "stage")


def test_a_board_card_shows_what_the_whole_list_holds_for_it(client):
    """Company, role, the next interview and the people of each card, read for the cards
    alone, are what the full opportunity says; ended ones come by when they were closed."""
    people = [add_contact(client, f"Person {n}")["id"] for n in range(4)]
    for n in range(9):
        status = ("applied", "interviewing", "rejected")[n % 3]
        opportunity = add_opportunity(client, f"Company {n}", role=f"Role {n}" * (n % 2))
        for day, at in (
            ("2026-11-20", None),
            (f"2026-12-{10 - n:02}", "09:30"),
            ("2026-12-20", None),
        ):
            add_interview(
                client,
                opportunity["id"],
                on=day,
                at=at,
                stage=f"stage {n}",
                interviewer_ids=[people[(n + day.count("2")) % 4], people[n % 4]],
            )
        client.post(
            "/api/touches",
            json={
                "contact_id": people[(n + 3) % 4],
                "kind": "thank_you",
                "opportunity_id": opportunity["id"],
                "sent_on": "2026-11-21",
            },
        )
        client.patch(f"/api/opportunities/{opportunity['id']}", json={"status": status})
    today = datetime.date(2026, 12, 5)
    everything = list_opportunities()
    cards = board_cards({s: (0, 10) for s in OPPORTUNITY_STATUSES}, today)
    for status in OPPORTUNITY_STATUSES:
        column = [o for o in everything if o["status"] == status]
        if status == "rejected":
            column.sort(key=lambda o: (o["status_changed_at"], o["id"]), reverse=True)
        assert [card["id"] for card in cards[status]] == [o["id"] for o in column]
        for card, full in zip(cards[status], column, strict=True):
            upcoming = [i for i in full["interviews"] if i["on"] >= today.isoformat()]
            people_of = full["contacts"]
            assert card == {
                "id": full["id"], "company": full["company"], "role": full["role"],
                "status": status,
                "next_interview": upcoming and {k: upcoming[0][k] for k in NEXT} or None,
                "contacts": [{"id": p["id"], "full_name": p["full_name"]} for p in people_of],
            }  # fmt: skip
    assert status_counts() == {"applied": 3, "interviewing": 3, "rejected": 3}
    assert board_cards({"rejected": (1, 1)}, today)["rejected"] == [cards["rejected"][1]]
