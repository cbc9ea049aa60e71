"""Every suggestion keeps every rule, for random profiles of every shape, kind and tone."""

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from server.core.messages import MESSAGE_KINDS, TONES, lint_message, suggest
from server.core.messages import understand as prepare_point
from server.core.messages.plan import is_work
from server.core.talking_points import derive_talking_points, rank_key
from server.core.text import first_name, utf16_len

# The user's names never occur in generated profiles, so finding one in a draft is a bug.
USER_NAMES = ["Zebulon Quartermaine", "Xanthippe Vorobyova"]
DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
EMOJI = st.sampled_from(["🙂", "🚀", "👩‍💻", "🎉", "⛵", "🏃"])
LETTERS = st.characters(categories=["L"])
NAME = st.text(LETTERS, min_size=1, max_size=14).map(str.strip).filter(bool)
WORDS = st.lists(
    st.one_of(
        st.text(LETTERS, min_size=1, max_size=12),
        EMOJI,
        st.sampled_from(
            ["data", "team", "sailing", "the", "roadmap", "Kafka", "AI", "growth", "[Name]", "!!!"]
        ),
    ),
    max_size=40,
).map(" ".join)
SHORT_TEXT = st.one_of(WORDS, st.text(max_size=60))
# Long fields are drawn only where people really write at length, to keep runs quick.
FREE_TEXT = st.one_of(WORDS, st.text(max_size=300), st.text(LETTERS, min_size=300, max_size=1500))
YEAR = st.integers(1990, 2026).map(str)
DATE = st.one_of(
    st.none(), YEAR, st.tuples(YEAR, st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}")
)
SCHOOLS = st.one_of(
    st.sampled_from(
        [
            "University of Michigan",
            "Univ. of Michigan – Ann Arbor",
            "Penn State",
            "The Wharton School",
            "UC Berkeley",
            "Haas",
            "Michigan State University",
        ]
    ),
    FREE_TEXT,
)
COMPANIES = st.one_of(
    st.sampled_from(
        [
            "Contoso",
            "Contoso Ltd.",
            "Google LLC",
            "Googly Eyes Toys",
            "IBM",
            "NVIDIA CORPORATION",
            "Tailspin Toys",
        ]
    ),
    FREE_TEXT,
)
PLACES = st.one_of(
    st.sampled_from(["Greater Boston", "Boston, Massachusetts", "Seattle, Washington", ""]),
    st.none(),
    SHORT_TEXT,
)
INTERESTS = st.lists(
    st.one_of(st.sampled_from(["sailing", "marathons", "jazz", "Golf", "beekeeping"]), WORDS),
    max_size=6,
)


@st.composite
def contacts(draw):
    first = draw(st.one_of(NAME, st.tuples(NAME, EMOJI).map(" ".join), st.just("")))
    last = draw(st.one_of(NAME, st.just("")))
    return {
        "id": 7,
        "full_name": f"{first} {last}".strip() or None,
        "first_name": draw(st.sampled_from([first, None, ""])),
        "headline": draw(st.one_of(st.none(), FREE_TEXT)),
        "location": draw(PLACES),
        "about": draw(st.one_of(st.none(), FREE_TEXT)),
        "current_title": draw(st.one_of(st.none(), SHORT_TEXT)),
        "current_company": draw(st.one_of(st.none(), COMPANIES, FREE_TEXT)),
        "positions": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "title": st.one_of(st.none(), WORDS),
                        "company": COMPANIES,
                        "start": DATE,
                        "end": DATE,
                        "location": PLACES,
                    }
                ),
                max_size=20,
            )
        ),
        "education": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "school": SCHOOLS,
                        "degree": st.one_of(st.none(), WORDS),
                        "field": st.none(),
                        "start": DATE,
                        "end": DATE,
                    }
                ),
                max_size=5,
            )
        ),
        "skills": draw(st.lists(WORDS, max_size=10)),
        "interests": draw(INTERESTS),
    }


@st.composite
def mes(draw):
    return {
        "full_name": draw(st.sampled_from(USER_NAMES)),
        "account_type": draw(st.sampled_from(["free", "premium", None])),
        "location": draw(PLACES),
        "schools": draw(
            st.lists(
                st.fixed_dictionaries({"school": SCHOOLS, "start": DATE, "end": DATE}), max_size=3
            )
        ),
        "employers": draw(
            st.lists(
                st.fixed_dictionaries({"company": COMPANIES, "start": DATE, "end": DATE}),
                max_size=4,
            )
        ),
        "interests": draw(INTERESTS),
    }


URLS = st.one_of(
    st.sampled_from(["https://example.com/a", "https://blog.example.org/posts/data-mesh?x=1"]),
    st.text(max_size=40),
    st.none(),
)


@st.composite
def manual_points(draw):
    kinds = st.sampled_from(["interview", "article", "custom"])
    return [
        {
            "id": 1000 + i,
            "kind": draw(kinds),
            "text": draw(FREE_TEXT),
            "url": draw(URLS),
            "source": "manual",
            "evidence": None,
            "strength": None,
        }
        for i in range(draw(st.integers(0, 4)))
    ]


SHORTHAND = re.compile(
    r"(?<!\S)(?:w/|w/o|b/c|bc|qtr|mgr|&|k8s|ppl|yrs?|thru|abt)(?=[\s,.!?]|$)", re.I
)


def assert_crafted(text, first):
    """What no draft may carry over from a jotted note, whatever the note looked like."""
    body = re.sub(r"https?://\S+", " ", text.replace(first, " ") if first else text)
    assert not re.search(r"\s['’]", body), "a space before an apostrophe"
    assert ";" not in body
    assert not re.search(r"[!?.,;:]{2,}", body.replace("…", "")), "doubled punctuation"
    assert body.count("!") <= 1
    assert not SHORTHAND.search(body), "note shorthand left in"
    # Frames that a clause was set into wrongly: "hearing swapping …", "enjoyed we both …".
    assert not re.search(r"\bhearing \w+ing\b", body)
    assert not re.search(r"\b(?:enjoyed|loved|hearing) (?:we|i|they|she|he)\b", body, re.I)


# Notes as people jot them: fragments, dashes, shorthand, shouting, asides.
JOTTED = st.lists(
    st.sampled_from(
        [
            "Loves golf",
            "plays most Saturday mornings",
            "rows on the Schuylkill w/ a masters crew",
            "training for Chicago marathon (Oct)",
            "huge Liverpool fan!!",
            "team moving everything to k8s next qtr",
            "asked about my dbt experience",
            "She bakes sourdough",
            "we swapped starter tips",
            "how the analytics team plans its roadmap",
            "b/c budget is tight",
            "mgr wants ppl w/ SQL",
            "Q3 launch = big deal??",
            "ask re: budget",
            "3 yrs at Stripe",
            "his kids & dogs",
            "I told her about my time at Stripe",
            "they're hiring",
            "...",
            "data quality; dashboards",
        ]
    ),
    min_size=1,
    max_size=3,
).flatmap(
    lambda parts: st.sampled_from([" - ", "; ", ", ", " — ", "... "]).map(
        lambda sep: sep.join(parts)
    )
)


@settings(max_examples=150, deadline=None)
@given(
    note=JOTTED,
    kind=st.sampled_from(MESSAGE_KINDS),
    tone=st.sampled_from(TONES),
    first=st.sampled_from(["Dana", "Kwame", "Sofía", "芳"]),
)
def test_jotted_notes_are_never_pasted_lost_or_turned_around(note, kind, tone, first):
    assume(any(c.isalpha() for c in note))
    contact = {"full_name": f"{first} Example", "first_name": first}
    point = {"id": 1, "kind": "interview", "text": note, "url": None, "source": "manual"}
    understood = prepare_point(point, first)
    assert understood is not None, "a jotted note is never lost"
    drafts = suggest(kind, me={}, contact=contact, talking_points=[point], tone=tone)
    assert drafts
    for draft in drafts:
        assert_crafted(draft["text"], first)
        if any(mark in note for mark in (" - ", ";", "!!", "w/", "qtr", "...", "=", "&", "(Oct)")):
            assert note not in draft["text"], "a jotted note is rephrased, never pasted"
        # What the user said about themselves stays theirs.
        if "my dbt" in note:
            assert "your dbt" not in draft["text"]
        if "my time at Stripe" in note:
            assert "your time at Stripe" not in draft["text"]
    if kind in ("connection_note", "thank_you"):
        assert 1 in drafts[0]["talking_points"], "the note is said in the first draft"


def expected_limit(kind, me, limit):
    if limit is not None:
        return limit
    if kind != "connection_note":
        return None
    return 300 if me.get("account_type") == "premium" else 200


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    me=mes(),
    contact=contacts(),
    manual=manual_points(),
    kind=st.sampled_from(MESSAGE_KINDS),
    tone=st.sampled_from(TONES),
    limit=st.one_of(st.none(), st.integers(120, 400)),
    count=st.integers(1, 4),
)
def test_every_suggestion_keeps_every_rule(me, contact, manual, kind, tone, limit, count):
    derived = [
        {**p, "id": i, "source": "derived", "url": None}
        for i, p in enumerate(derive_talking_points(me, contact))
    ]
    points = derived + manual
    drafts = suggest(
        kind, me=me, contact=contact, talking_points=points, tone=tone, limit=limit, count=count
    )
    assert drafts == suggest(
        kind, me=me, contact=contact, talking_points=points, tone=tone, limit=limit, count=count
    )
    assert len(drafts) <= count
    first = first_name(contact)
    if len(first) <= 20 and (limit is None or limit >= 300):
        assert drafts, "a contact with a sensible name always gets a draft"
    texts = [d["text"] for d in drafts]
    assert len(set(texts)) == len(texts)
    ids = {p["id"] for p in points}
    for draft in drafts:
        text = draft["text"]
        assert draft["kind"] == kind and draft["tone"] == tone
        assert draft["limit"] == expected_limit(kind, me, limit)
        assert draft["length"] == utf16_len(text)
        assert draft["limit"] is None or draft["length"] <= draft["limit"]
        assert text == text.strip() and "  " not in text
        assert DOUBLED_WORD.search(text) is None
        assert text.endswith((".", "!", "?", "…"))
        assert lint_message(kind, text, contact=contact, limit=draft["limit"])["warnings"] == []
        if first:
            assert first in text
        assert not any(name.split()[0] in text for name in USER_NAMES)
        assert set(draft["talking_points"]) <= ids
        assert draft["reasons"] and all(isinstance(r, str) and r for r in draft["reasons"])
        if kind == "connection_note":
            assert draft["subject"] is None
        else:
            assert draft["subject"] and "\n" not in draft["subject"]
            assert lint_message(kind, draft["subject"])["warnings"] == []
        assert "update" not in text.lower()
        assert_crafted(text, first)


@settings(max_examples=100, deadline=None)
@given(
    me=mes(),
    contact=contacts(),
    manual=manual_points(),
    kind=st.sampled_from(("connection_note", "thank_you", "follow_up")),
    tone=st.sampled_from(TONES),
)
def test_the_first_draft_builds_on_the_strongest_usable_point(me, contact, manual, kind, tone):
    # Short links only: a 500-character link cannot fit any note, whatever the phrasing.
    manual = [p for p in manual if not isinstance(p["url"], str) or len(p["url"]) < 60]
    points = [
        {**p, "id": i, "source": "derived", "url": None}
        for i, p in enumerate(derive_talking_points(me, contact))
    ] + manual
    first = first_name(contact)
    usable = [p for p in sorted(points, key=rank_key) if prepare_point(p, first) is not None]
    if kind == "follow_up":
        # A follow-up leads with value: an article first, else what the interview covered
        # about the work (a hobby or a shared moment is no value to offer).
        usable = [p for p in usable if p["kind"] == "article"] or [
            p
            for p in usable
            if p["kind"] in ("interview", "custom") and is_work(prepare_point(p, first))
        ]
    drafts = suggest(kind, me=me, contact=contact, talking_points=points, tone=tone)
    if usable and len(first_name(contact)) <= 20:
        assert drafts[0]["talking_points"][0] == usable[0]["id"]
