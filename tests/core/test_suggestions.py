"""Suggestion rules: limits, fitting, ranking, variety, and what each kind of message must do."""

from datetime import date

import pytest

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.core.talking_points import derive_talking_points
from server.core.text import utf16_len
from tests.core.people import MARCUS, ME, PRIYA, SOFIA, article, interview, stored

TODAY = date(2026, 11, 28)
POINTS = stored(derive_talking_points(ME, PRIYA, today=TODAY)) + [
    interview(1, "scaling the data platform team"),
    article(2, "The Rise of the Data Mesh", "https://example.com/data-mesh"),
]


def drafts(kind="connection_note", me=ME, contact=PRIYA, points=POINTS, **kwargs):
    return suggest(kind, me=me, contact=contact, talking_points=points, **kwargs)


def sentences_intact(text):
    """Every line ends a sentence or is a link, so nothing was cut mid-word."""
    lines = [line for line in text.split("\n") if line]
    return all(
        line.endswith((".", "!", "?", ",", ":")) or line.startswith("http") for line in lines
    )


def test_constants():
    assert MESSAGE_KINDS == (
        "connection_note",
        "thank_you",
        "follow_up",
        "check_in",
        "stay_in_touch",
    )
    assert TONES == ("warm", "professional", "brief")


@pytest.mark.parametrize(
    ("account_type", "limit", "expected"),
    [("free", None, 200), ("premium", None, 300), (None, None, 200), ("premium", 150, 150)],
)
def test_note_limit_comes_from_the_account_unless_given(account_type, limit, expected):
    me = {**ME, "account_type": account_type}
    for draft in drafts(me=me, limit=limit):
        assert draft["limit"] == expected
        assert draft["length"] == utf16_len(draft["text"]) <= expected


def test_emails_have_no_limit_unless_given():
    assert {d["limit"] for d in drafts("thank_you")} == {None}
    for draft in drafts("thank_you", limit=300):
        assert draft["length"] <= 300


def test_a_tight_limit_chooses_shorter_phrasing_without_cutting():
    roomy = drafts(limit=300)[0]
    tight = drafts(limit=120)
    assert tight, "a 120-character note is still possible"
    for draft in tight:
        assert draft["length"] <= 120
        assert sentences_intact(draft["text"])
    assert tight[0]["length"] < roomy["length"]
    assert any("shorter phrasing" in reason for reason in tight[0]["reasons"])


def test_a_limit_nothing_fits_gives_no_drafts_rather_than_a_cut_one():
    assert drafts(limit=20) == []


def test_length_counts_emoji_as_two():
    points = [interview(9, "the rocket launch 🚀")]
    [draft] = drafts(points=points, count=1)
    assert "🚀" in draft["text"]
    assert draft["length"] == len(draft["text"]) + 1


def test_first_draft_is_built_on_the_strongest_point_and_drafts_are_ranked():
    notes = drafts(count=4)
    assert [d["talking_points"][0] for d in notes] == [1, 100, 101, 2]
    # The saved data-mesh article relates to the data platform talk, so the note offers it.
    assert notes[0]["talking_points"] == [1, 2]


@pytest.mark.parametrize("kind", MESSAGE_KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_variants_really_differ(kind, tone):
    texts = [d["text"] for d in drafts(kind, tone=tone, count=3)]
    assert len(texts) == 3
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            words_a, words_b = set(a.split()), set(b.split())
            assert len(words_a & words_b) / len(words_a | words_b) < 0.85


def test_count_limits_the_number_of_drafts():
    assert len(drafts(count=1)) == 1
    assert len(drafts(count=5)) == 5


def test_uses_the_contacts_first_name_never_the_users():
    for kind in MESSAGE_KINDS:
        for draft in drafts(kind):
            assert "Priya" in draft["text"]
            assert "Sam" not in draft["text"]


def test_thank_you_has_a_subject_and_names_what_was_discussed():
    for tone in TONES:
        for draft in drafts("thank_you", tone=tone):
            assert draft["subject"]
            assert "scaling the data platform team" in draft["text"]
            assert 1 in draft["talking_points"]


def test_connection_notes_have_no_subject():
    assert {d["subject"] for d in drafts()} == {None}


def test_follow_up_leads_with_the_article_and_never_asks_for_news():
    for tone in TONES:
        first, *others = drafts("follow_up", tone=tone)
        opening = first["text"].split("\n\n")[1]
        assert "https://example.com/data-mesh" in opening
        assert first["talking_points"][0] == 2
        for draft in [first, *others]:
            assert "update" not in draft["text"].lower()
            assert "decision" not in draft["text"].lower()


def test_follow_up_without_an_article_offers_ideas_on_the_interview():
    points = [p for p in POINTS if p["kind"] != "article"]
    first = drafts("follow_up", points=points)[0]
    assert "scaling the data platform team" in first["text"].split("\n\n")[1]


def test_deterministic():
    for kind in MESSAGE_KINDS:
        assert drafts(kind) == drafts(kind)


def test_marcus_gets_a_marathon_segue():
    points = stored(derive_talking_points(ME, MARCUS, today=TODAY))
    [top] = drafts(contact=MARCUS, points=points, count=1)
    assert top["text"] == (
        "Hi Marcus, it was great talking with you. I noticed we share a love of marathons. "
        "I’d love to stay in touch."
    )
    assert top["reasons"] == ["Mentions your shared interest in marathons."]


def test_sofia_keeps_her_accent():
    points = stored(derive_talking_points(ME, SOFIA, today=TODAY))
    for draft in drafts(contact=SOFIA, points=points):
        assert draft["text"].startswith("Hi Sofía,")


def test_unusable_points_are_skipped_not_quoted():
    points = [
        interview(1, "[topic]"),
        interview(2, "ANY UPDATES ON THE ROLE"),
        article(3, "no link here", "not a url"),
        {"id": 4, "kind": "mystery", "text": "?"},
        {"id": 5, "kind": "alma_mater", "text": "derived but without evidence"},
        interview(6, "x" * 400),
    ]
    for kind in MESSAGE_KINDS:
        for draft in drafts(kind, points=points):
            assert draft["talking_points"] == []
            assert "topic" not in draft["text"] and "UPDATES" not in draft["text"]


def test_lead_in_words_and_doubled_words_in_notes_are_tidied():
    points = [interview(1, "We talked about about the the roadmap.")]
    [draft] = drafts(points=points, count=1)
    assert "our conversation about the roadmap." in draft["text"]


def test_unknown_kind_or_tone_is_refused():
    with pytest.raises(ValueError, match="kind"):
        drafts("postcard")
    with pytest.raises(ValueError, match="tone"):
        drafts(tone="sarcastic")


def test_empty_inputs_still_give_useful_notes():
    for kind in MESSAGE_KINDS:
        result = suggest(kind, me={}, contact={}, talking_points=[])
        assert len(result) == 3
        assert all(d["text"].startswith(("Hi there,", "Hello,")) for d in result)
    assert suggest("thank_you", me=None, contact=None, talking_points=None)


def test_overlapping_years_at_an_employer_are_said_in_the_note():
    me = {"employers": [{"company": "Contoso Ltd.", "start": "2018-01", "end": "2018-12"}]}
    contact = {
        "full_name": "Ana Ruiz",
        "positions": [{"company": "Contoso", "start": "2015-03", "end": "2021-06"}],
    }
    points = stored(derive_talking_points(me, contact, today=TODAY))
    [note] = suggest("connection_note", me=me, contact=contact, talking_points=points, count=1)
    assert note["text"] == (
        "Hi Ana, it was great talking with you. "
        "I noticed we were both at Contoso in 2018 — small world! I’d love to stay in touch."
    )


def test_a_shared_metro_is_said_as_the_area():
    me = {"location": "Greater Boston"}
    contact = {"full_name": "Ana Ruiz", "location": "Cambridge, Massachusetts, United States"}
    points = stored(derive_talking_points(me, contact, today=TODAY))
    [note] = suggest(
        "connection_note",
        me=me,
        contact=contact,
        talking_points=points,
        count=1,
        tone="professional",
    )
    assert "we are both based in the Boston area." in note["text"]
