"""Suggestions and lint through the API: the routes, their arguments and their limits."""

import pytest

from tests.server.profiles import ME


def suggestions(client, contact_id, **args):
    query = "&".join(f"{k}={v}" for k, v in args.items())
    return client.get(f"/api/contacts/{contact_id}/suggestions?{query}")


def test_shared_background_becomes_talking_points(client, priya):
    kinds = {p["kind"] for p in priya["talking_points"] if p["source"] == "derived"}
    assert {"alma_mater", "employer", "interest"} <= kinds
    assert all(p["text"] and p["evidence"] for p in priya["talking_points"])


def test_changing_me_recomputes_derived_points_and_keeps_manual_ones(client, priya):
    path = f"/api/contacts/{priya['id']}"
    client.post(f"{path}/talking-points", json={"kind": "interview", "text": "Kafka migration"})
    client.put("/api/me", json={"full_name": "Sam Viewer"})
    points = client.get(path).json["talking_points"]
    assert [p["source"] for p in points] == ["manual"]
    client.put("/api/me", json=ME)
    points = client.get(path).json["talking_points"]
    assert points[0]["kind"] == "interview"
    assert {"alma_mater", "employer"} <= {p["kind"] for p in points}


@pytest.mark.parametrize("kind", ["connection_note", "thank_you", "follow_up"])
@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_every_kind_and_tone(client, priya, kind, tone):
    response = suggestions(client, priya["id"], kind=kind, tone=tone, count=3)
    assert response.status_code == 200
    drafts = response.json
    assert 1 <= len(drafts) <= 3
    assert len({d["text"] for d in drafts}) == len(drafts)
    for draft in drafts:
        assert draft["kind"] == kind and draft["tone"] == tone
        assert "Priya" in draft["text"] and "Sam" not in draft["text"]
        assert draft["length"] == len(draft["text"].encode("utf-16-le")) // 2
        assert draft["reasons"]
        if kind == "connection_note":
            assert draft["limit"] == 200 and draft["length"] <= 200
        else:
            assert draft["subject"]


def test_premium_and_explicit_limits(client, priya):
    client.put("/api/me", json={**ME, "account_type": "premium"})
    premium = suggestions(client, priya["id"]).json
    assert all(d["limit"] == 300 and d["length"] <= 300 for d in premium)
    tight = suggestions(client, priya["id"], limit=120).json
    assert all(d["limit"] == 120 and d["length"] <= 120 for d in tight)


def test_first_suggestion_uses_the_interview(client, priya):
    point = client.post(
        f"/api/contacts/{priya['id']}/talking-points",
        json={"kind": "interview", "text": "the Kafka migration"},
    ).json
    first = suggestions(client, priya["id"], kind="thank_you").json[0]
    assert "Kafka migration" in first["text"]
    assert point["id"] in first["talking_points"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=poem", "kind"),
        ("tone=angry", "tone"),
        ("limit=10", "limit"),
        ("limit=abc", "limit"),
        ("count=0", "count"),
        ("count=99", "count"),
        ("today=2026-02-30", "today"),
        ("today=soon", "today"),
        ("today=1800-01-01", "today"),
    ],
)
def test_bad_suggestion_arguments_are_422(client, priya, query, field):
    response = client.get(f"/api/contacts/{priya['id']}/suggestions?{query}")
    assert response.status_code == 422
    assert field in response.json["errors"]["query"]


def test_suggestions_for_unknown_contact_are_404(client):
    assert client.get("/api/contacts/4242/suggestions").status_code == 404


def test_lint_flags_what_would_hurt(client, priya):
    response = client.post(
        "/api/messages/lint",
        json={
            "kind": "follow_up",
            "contact_id": priya["id"],
            "text": "Hi Jen, sorry to bother you, any update on [ROLE]?? PLEASE RESPOND",
        },
    )
    assert response.status_code == 200
    codes = {w["code"] for w in response.json["warnings"]}
    assert {"wrong_name", "pushy", "desperate", "placeholder", "shouting"} <= codes


def test_lint_counts_utf16_against_the_limit(client, priya):
    text = "Hi Priya, " + "🙂" * 100
    body = client.post(
        "/api/messages/lint",
        json={"kind": "connection_note", "text": text, "contact_id": priya["id"]},
    ).json
    assert body["length"] == 210 and body["limit"] == 200
    assert "over_limit" in {w["code"] for w in body["warnings"]}
    clean = client.post(
        "/api/messages/lint",
        json={
            "kind": "connection_note",
            "contact_id": priya["id"],
            "text": "Hi Priya, I enjoyed our talk about data platforms. I'd love to stay in touch.",
        },
    )
    assert clean.json["warnings"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "sonnet", "text": "x"}, "kind"),
        ({"kind": "thank_you"}, "text"),
        ({"kind": "thank_you", "text": "x", "contact_id": "one"}, "contact_id"),
        ({"kind": "thank_you", "text": "x", "contact_id": 4242}, "contact_id"),
        ({"kind": "thank_you", "text": "x" * 20_001}, "text"),
    ],
)
def test_bad_lint_requests_name_the_field(client, body, field):
    response = client.post("/api/messages/lint", json=body)
    assert response.status_code == 422
    assert field in response.json["errors"]["json"]


def plan_interview(client, priya, **fields):
    """An opportunity at Northwind and an interview Priya was in, as the plan keeps them."""
    opportunity = client.post(
        "/api/opportunities",
        json={
            "company": "Northwind Analytics",
            "role": "Senior Data Analyst",
            "status": "interviewing",
        },
    ).json
    body = {
        "on": "2026-12-01",
        "interviewer_ids": [priya["id"]],
        "timeframe": "about a week",
        **fields,
    }
    interview = client.post(f"/api/opportunities/{opportunity['id']}/interviews", json=body)
    assert interview.status_code == 201, interview.json
    return opportunity, interview.json


@pytest.mark.parametrize(
    "kind", ["connection_note", "thank_you", "follow_up", "check_in", "stay_in_touch"]
)
def test_every_new_kind_drafts_through_the_api(client, priya, kind):
    drafts = suggestions(client, priya["id"], kind=kind).json
    assert drafts and all(d["kind"] == kind and "Priya" in d["text"] for d in drafts)


def test_a_follow_up_for_a_planned_interview_says_its_timeframe(client, priya):
    _, interview = plan_interview(client, priya)
    for query in ({}, {"interview_id": interview["id"]}):
        [top] = suggestions(client, priya["id"], kind="follow_up", count=1, **query).json
        assert "you’d likely decide in about a week, so I wanted to check in" in top["text"]
        assert "Senior Data Analyst role" in top["text"]
        assert "any other information I can provide" in top["text"]
    [thanks] = suggestions(client, priya["id"], kind="thank_you", count=1).json
    assert "Senior Data Analyst role at Northwind Analytics" in thanks["text"]


@pytest.mark.parametrize(
    ("today", "said"),
    [
        ("2026-12-01", "speak with me today about"),
        ("2026-12-02", "speak with me yesterday about"),
        ("2026-12-04", "speak with me on Tuesday about"),
        ("2026-12-09", "speak with me last week about"),
        ("2027-03-01", "speak with me about"),
    ],
)
def test_the_thank_you_names_the_interview_day_as_seen_from_today(client, priya, today, said):
    plan_interview(client, priya)
    [thanks] = suggestions(client, priya["id"], kind="thank_you", count=1, today=today).json
    assert said in thanks["text"]
    if "today" not in said:
        assert "today" not in thanks["text"] and "today" not in thanks["subject"]


def test_without_a_planned_interview_the_thank_you_names_no_day(client, priya):
    for thanks in suggestions(client, priya["id"], kind="thank_you").json:
        assert "today" not in thanks["text"] and "today" not in (thanks["subject"] or "")


def test_a_contact_who_prefers_mail_gets_a_card_to_write_by_hand(client, priya):
    plan_interview(client, priya)
    assert (
        client.patch(f"/api/contacts/{priya['id']}", json={"preferred_channel": "mail"}).status_code
        == 200
    )
    for card in suggestions(client, priya["id"], kind="thank_you").json:
        assert card["subject"] is None and "http" not in card["text"]


def test_an_unknown_interview_is_422_naming_the_field(client, priya):
    response = suggestions(client, priya["id"], kind="follow_up", interview_id=987654)
    assert response.status_code == 422
    assert "interview_id" in response.json["errors"]["query"]
