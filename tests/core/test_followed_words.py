"""How a point on what the contact follows is said: true to who was where, in every draft."""

from datetime import date

import pytest

from server.core.messages import MESSAGE_KINDS, TONES, lint_message, suggest, understand
from server.core.talking_points import derive_talking_points
from tests.core.people import ME, article, interview, stored

TODAY = date(2026, 12, 1)
NADIA = {
    "id": 7,
    "full_name": "Nadia Haddad",
    "first_name": "Nadia",
    "current_company": "Northwind Analytics",
    "positions": [{"title": "Data Lead", "company": "Northwind Analytics", "start": "2020"}],
    "education": [{"school": "Northeastern University", "start": "2008", "end": "2012"}],
    "interests": ["University of Michigan", "Golf Lovers"],
    "capture": {
        "followed": [
            {"type": "school", "name": "University of Michigan"},
            {"type": "group", "name": "Golf Lovers"},
        ]
    },
}
POINTS = stored(derive_talking_points(ME, NADIA, today=TODAY))
SCHOOL, GROUP = POINTS
NOTE = interview(1, "how the analytics team plans its roadmap")


def drafts(kind, points, tone="warm", **kwargs):
    return suggest(kind, me=ME, contact=NADIA, talking_points=points, tone=tone, **kwargs)


def test_the_points_are_the_school_and_the_group():
    assert [p["kind"] for p in POINTS] == ["followed", "followed"]
    assert SCHOOL["text"] == "Nadia follows the University of Michigan, where you studied."
    assert GROUP["text"] == "Nadia follows Golf Lovers, which fits your interest in golf."


@pytest.mark.parametrize(
    ("tone", "sentence"),
    [
        ("warm", "I saw you follow the University of Michigan — I studied there too."),
        ("professional", "I noticed that you follow the University of Michigan, my alma mater."),
        ("brief", "I see you follow the University of Michigan — I studied there too."),
    ],
)
def test_a_note_led_by_a_followed_school_says_only_the_user_studied_there(tone, sentence):
    [top] = drafts("connection_note", [SCHOOL], tone=tone, count=1)
    assert sentence in top["text"]
    assert top["talking_points"] == [SCHOOL["id"]]
    for wrong in ("we were", "we both", "both went", "fellow", "alum", "classmates"):
        assert wrong not in top["text"].lower()


def test_after_the_interview_the_followed_school_is_said_as_well():
    [top] = drafts("connection_note", [SCHOOL, NOTE], count=1)
    assert top["text"] == (
        "Hi Nadia, I really enjoyed our conversation about how the analytics team plans its "
        "roadmap. I also saw you follow the University of Michigan — I studied there too. "
        "I’d love to stay in touch."
    )


@pytest.mark.parametrize(
    ("tone", "sentence"),
    [
        ("warm", "I saw you follow Golf Lovers — I share your interest in golf."),
        (
            "professional",
            "I noticed that you follow Golf Lovers, and I share your interest in golf.",
        ),
        ("brief", "I see you follow Golf Lovers — I share your interest in golf."),
    ],
)
def test_a_group_about_an_interest_is_said_as_an_interest(tone, sentence):
    [top] = drafts("connection_note", [GROUP], tone=tone, count=1)
    assert sentence in top["text"]
    assert "member" not in top["text"]


@pytest.mark.parametrize(
    ("tone", "sentence"),
    [
        ("warm", "I saw you follow Women in Data — it’s a group I follow too."),
        ("professional", "I noticed that you follow Women in Data, a group I follow myself."),
        ("brief", "I see you follow Women in Data — so do I."),
    ],
)
def test_a_group_the_user_lists_is_one_they_follow_never_one_they_belong_to(tone, sentence):
    me = {**ME, "interests": ["Women in Data"]}
    contact = {**NADIA, "capture": {"followed": [{"type": "group", "name": "Women in Data"}]}}
    points = stored(derive_talking_points(me, contact, today=TODAY))
    [top] = suggest(
        "connection_note", me=me, contact=contact, talking_points=points, tone=tone, count=1
    )
    assert sentence in top["text"]
    assert "member" not in top["text"]


def test_a_followed_company_says_whether_the_user_works_there_now():
    def said(company, tone):
        contact = {**NADIA, "capture": {"followed": [{"type": "company", "name": company}]}}
        points = stored(derive_talking_points(ME, contact, today=TODAY))
        [top] = suggest(
            "connection_note", me=ME, contact=contact, talking_points=points, tone=tone, count=1
        )
        return top["text"]

    assert "I saw you follow Contoso — I used to work there." in said("Contoso", "warm")
    assert "I saw you follow Fourth Coffee — I work there." in said("Fourth Coffee", "warm")
    assert "you follow Contoso, where I used to work." in said("Contoso", "professional")


@pytest.mark.parametrize(
    ("tone", "sentence"),
    [
        (
            "warm",
            "It was also nice to see that you follow the University of Michigan — "
            "I studied there too.",
        ),
        (
            "professional",
            "I was also glad to see that you follow the University of Michigan, my alma mater.",
        ),
        ("brief", "I also saw that you follow the University of Michigan — I studied there too."),
    ],
)
def test_a_thank_you_adds_the_followed_school_in_its_own_words(tone, sentence):
    [top] = drafts("thank_you", [SCHOOL, NOTE], tone=tone, count=1, today=TODAY)
    assert sentence in top["text"]
    assert top["talking_points"] == [NOTE["id"], SCHOOL["id"]]


def test_a_follow_up_ties_an_article_to_the_group_they_follow():
    piece = article(2, "Five golf courses worth the drive", "https://example.com/golf-courses")
    [top] = drafts("follow_up", [GROUP, piece], count=1)
    assert top["text"].split("\n\n")[1] == (
        "I came across “Five golf courses worth the drive” and thought of you, since you follow "
        "Golf Lovers:\nhttps://example.com/golf-courses"
    )
    assert set(top["talking_points"]) == {GROUP["id"], piece["id"]}


LONG = {
    **NADIA,
    "interests": ["Universidad Nacional Autónoma de México"],
    "capture": {
        "followed": [{"type": "school", "name": "Universidad Nacional Autónoma de México"}]
    },
}


@pytest.mark.parametrize("kind", MESSAGE_KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_every_draft_keeps_the_rules_with_a_long_school_name(kind, tone):
    me = {**ME, "schools": [{"school": "UNAM"}]}
    points = [*stored(derive_talking_points(me, LONG, today=TODAY)), NOTE]
    assert [p["kind"] for p in points] == ["followed", "interview"]
    for account, limit in (("free", 200), ("premium", 300)):
        found = suggest(
            kind,
            me={**me, "account_type": account},
            contact=LONG,
            talking_points=points,
            tone=tone,
            today=TODAY,
        )
        assert found
        if kind in ("connection_note", "thank_you"):
            assert points[0]["id"] in found[0]["talking_points"]
        for draft in found:
            if kind == "connection_note":
                assert draft["length"] <= limit
            lint = lint_message(kind, draft["text"], contact=LONG, limit=draft["limit"])
            assert lint["warnings"] == []
            assert "we both" not in draft["text"] and "we were" not in draft["text"]


def test_a_followed_point_with_unusable_evidence_is_not_said():
    for evidence in ({"type": "planet", "name": "Mars"}, {"type": "school"}, {"type": "group"}):
        assert understand({"kind": "followed", "evidence": evidence, "text": "x"}) is None


def test_a_thank_you_ties_an_article_to_the_group_when_the_talk_was_elsewhere():
    piece = article(2, "Five golf courses worth the drive", "https://example.com/golf-courses")
    [top] = drafts("thank_you", [GROUP, NOTE, piece], count=1, today=TODAY)
    assert (
        "I came across “Five golf courses worth the drive” and thought of you, since you "
        "follow Golf Lovers:\nhttps://example.com/golf-courses"
    ) in top["text"]
    assert top["talking_points"] == [NOTE["id"], piece["id"], GROUP["id"]]
