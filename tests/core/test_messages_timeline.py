"""Drafts that fit the plan: the timeframe said back, value first, and what each kind must do."""

import re
from datetime import date

import pytest

from server.core.messages import suggest
from server.core.messages.timeline import decision_clause
from tests.core.golden.cases import ALEX, SAM, article, context, note, person
from tests.core.golden.render import points_of


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("about a week", "you’d decide in about a week"),
        ("a week or so", "you’d decide in a week or so"),
        ("two weeks", "you’d decide in two weeks"),
        ("within 10 days", "you’d decide within 10 days"),
        ("by Friday", "you hoped to decide by Friday"),
        ("Friday", "you hoped to decide by Friday"),
        ("end of the month", "you hoped to decide by the end of the month"),
        ("by end of Oct", "you hoped to decide by the end of October"),
        ("by EOW", "you hoped to decide by the end of the week"),
        ("early next week", "you hoped to decide early next week"),
        ("Dec 12", "you hoped to decide by December 12"),
        ("soon", None),
        ("", None),
        ("[timeframe]", None),
    ],
)
def test_the_timeframe_is_said_back_in_the_job_seekers_words(words, said):
    assert decision_clause(words) == said


def drafts(kind, case, tone="warm", count=3):
    return suggest(
        kind,
        me=case["me"],
        contact=case["contact"],
        talking_points=points_of(case),
        tone=tone,
        count=count,
        context=case["context"],
    )


GOLF = {
    "me": SAM,
    "contact": person("Dana Whitfield", "Northwind Analytics"),
    "points": [
        note("Loves golf - plays most Saturday mornings"),
        article("The Quiet Revolution in Golf Course Design", "https://example.com/golf"),
        article("Data contracts in practice", "https://example.com/contracts"),
    ],
    "context": context("Northwind Analytics", "Senior Data Analyst", "about a week"),
}


@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_a_related_article_is_offered_in_the_same_note(tone):
    [top] = drafts("connection_note", GOLF, tone, count=1)
    sentence = next(s for s in re.split(r"(?<=[.!?]) ", top["text"]) if "golf" in s)
    assert "you love golf" in sentence and "piece on golf" in sentence
    assert "send it" in sentence
    assert top["talking_points"][:2] == [1, 2]


@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_the_follow_up_leads_with_value_says_the_timeframe_and_offers_more(tone):
    [top] = drafts("follow_up", GOLF, tone, count=1)
    opening = top["text"].split("\n\n")[1]
    assert "https://example.com/golf" in opening
    # It is sent after their timeframe, so it says why it writes now, not how excited it is.
    said = "you would" if tone == "professional" else "you’d"
    assert f"mentioned {said} likely decide in about a week, so I wanted to" in top["text"]
    assert "any other information I can provide" in top["text"]
    assert "Senior Data Analyst role" in top["text"]


def test_a_check_in_brings_a_different_article_than_the_follow_up():
    follow = drafts("follow_up", GOLF, count=1)[0]
    check = drafts("check_in", GOLF, count=1)[0]
    assert "https://example.com/golf" in follow["text"]
    assert "https://example.com/contracts" in check["text"]
    assert "https://example.com/golf" not in check["text"]
    assert len(check["text"]) < len(follow["text"])


def test_a_second_check_in_moves_on_to_the_next_piece_of_value():
    case = {
        **GOLF,
        "context": context(
            "Northwind", "Analyst", "about a week", touches=("follow_up", "check_in")
        ),
    }
    check = drafts("check_in", case, count=1)[0]
    assert "https://example.com/golf" in check["text"]


REJECTED = {
    **GOLF,
    "context": context("Northwind Analytics", "Senior Data Analyst", status="rejected"),
}


@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_stay_in_touch_after_a_rejection_is_gracious_and_asks_for_nothing(tone):
    for draft in drafts("stay_in_touch", REJECTED, tone):
        text = draft["text"].lower()
        assert "?" not in text
        for ask in ("let me know", "any other information", "next steps", "decision", "still"):
            assert ask not in text
        assert "thank" in text or "pleasure" in text


@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_the_thank_you_names_the_role_company_and_what_was_discussed(tone):
    [top] = drafts("thank_you", GOLF, tone, count=1)
    assert "Senior Data Analyst role at Northwind Analytics" in top["text"]
    assert "you love golf" in top["text"]
    assert top["subject"]


@pytest.mark.parametrize(
    ("today", "opening"),
    [
        (date(2026, 12, 1), "speak with me today about"),
        (date(2026, 12, 2), "speak with me yesterday about"),
        (date(2026, 12, 4), "speak with me on Tuesday about"),
        (date(2026, 12, 9), "speak with me last week about"),
        (date(2026, 12, 30), "speak with me about"),
        (date(2026, 11, 30), "speak with me about"),
        (None, "speak with me about"),
    ],
)
def test_the_thank_you_says_today_only_when_the_interview_was_today(today, opening):
    [top] = suggest(
        "thank_you",
        me=GOLF["me"],
        contact=GOLF["contact"],
        talking_points=points_of(GOLF),
        count=1,
        context=GOLF["context"],
        today=today,
    )
    assert opening in top["text"]
    for word in ("today", "yesterday", "Tuesday", "last week"):
        if word not in opening:
            assert word not in top["text"] and word not in (top["subject"] or "")


def test_without_an_interview_day_no_thank_you_names_a_day():
    for tone in ("warm", "professional", "brief"):
        for draft in suggest(
            "thank_you",
            me=GOLF["me"],
            contact=GOLF["contact"],
            talking_points=points_of(GOLF),
            tone=tone,
            today=date(2026, 12, 1),
        ):
            assert "today" not in draft["text"] and "today" not in (draft["subject"] or "")


def test_a_contact_who_prefers_mail_gets_a_short_card_without_subject_or_link():
    case = {**GOLF, "contact": {**GOLF["contact"], "preferred_channel": "mail"}}
    email = drafts("thank_you", GOLF, count=1)[0]
    for card in drafts("thank_you", case):
        assert card["subject"] is None
        assert "http" not in card["text"]
        assert "Senior Data Analyst role at Northwind Analytics" in card["text"]
        assert len(card["text"]) < len(email["text"])
        assert any("handwritten" in r or "by hand" in r for r in card["reasons"])


KWAME = {
    "me": ALEX,
    "contact": person(
        "Kwame Mensah",
        "Stripe",
        positions=[
            {"title": "Engineer", "company": "Google", "start": "2016-01", "end": "2019-03"}
        ],
        schools=[{"school": "MIT", "start": "2009", "end": "2013"}],
    ),
    "points": [],
    "context": None,
}


@pytest.mark.parametrize("kind", ["connection_note", "thank_you"])
@pytest.mark.parametrize("tone", ["warm", "professional", "brief"])
def test_several_shared_facts_are_one_sentence_said_once(kind, tone):
    for draft in drafts(kind, KWAME, tone):
        text = draft["text"]
        assert text.count("small world") <= 1
        assert text.count("!") <= 1
        assert text.count("at Google") <= 1 and text.count("MIT,") <= 1
    [top] = drafts(kind, KWAME, tone, count=1)
    assert "we overlapped at MIT, and again at Google in 2016–17" in top["text"]


def test_a_shared_school_offers_the_alumni_tie_in_a_variant():
    notes = drafts("connection_note", KWAME, count=3)
    assert any("alumni group on LinkedIn" in d["text"] and "classmates" in d["text"] for d in notes)


def test_an_unrelated_article_is_not_tied_to_the_note():
    case = {
        "me": SAM,
        "contact": person("Minjun Kim", "Naver"),
        "points": [
            note("scaling the search ranking team"),
            article("The Best Hiking Trails in Oregon", "https://example.com/hiking"),
        ],
        "context": None,
    }
    [top] = drafts("connection_note", case, count=1)
    assert "Hiking" not in top["text"] and top["talking_points"] == [1]


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        (
            "Loves golf - plays most Saturday mornings",
            "you love golf and play most Saturday mornings",
        ),
        (
            "rows on the Schuylkill w/ a masters crew",
            "you row on the Schuylkill with a masters crew",
        ),
        (
            "training for Chicago marathon (Oct)",
            "you’re training for the Chicago Marathon in October",
        ),
        ("huge Liverpool fan!!", "you’re a huge Liverpool fan"),
        (
            "team moving everything to k8s next qtr",
            "your team is moving everything to Kubernetes next quarter",
        ),
        ("asked about my dbt experience", "asking about my dbt experience"),
        (
            "She bakes sourdough - we swapped starter tips",
            "swapping starter tips and hearing that you bake sourdough",
        ),
        ("how the analytics team plans its roadmap", "how the analytics team plans its roadmap"),
    ],
)
def test_the_issues_jotted_notes_are_said_to_the_contact(jotted, said):
    case = {
        "me": SAM,
        "contact": person("Dana Whitfield", "Northwind"),
        "points": [note(jotted)],
        "context": None,
    }
    texts = [d["text"] for kind in ("connection_note", "thank_you") for d in drafts(kind, case)]
    assert any(said in t for t in texts)
    assert not any(jotted in t for t in texts if jotted != said)
