"""Lint: length against the limit, and codes for phrasing that would hurt a message."""

import pytest

from server.core.messages import lint_message

SOFIA = {"full_name": "Sofía García"}


def codes(text, kind="connection_note", **kwargs):
    return [w["code"] for w in lint_message(kind, text, **kwargs)["warnings"]]


def test_a_good_note_has_no_warnings():
    result = lint_message(
        "connection_note",
        "Hi Sofía, great talking about sailing. Let’s keep in touch.",
        contact=SOFIA,
    )
    assert result == {"length": 59, "limit": 200, "warnings": []}


@pytest.mark.parametrize(
    ("account_type", "limit", "expected"),
    [("free", None, 200), ("premium", None, 300), ("free", 120, 120), ("premium", 50, 50)],
)
def test_limit_comes_from_the_account_unless_given(account_type, limit, expected):
    result = lint_message("connection_note", "Hi.", limit=limit, account_type=account_type)
    assert result["limit"] == expected


def test_emails_have_no_limit_unless_given():
    assert lint_message("thank_you", "x" * 5000)["limit"] is None
    assert codes("x" * 5000, kind="thank_you", limit=1000) == ["over_limit"]


def test_length_counts_utf16_units_and_flags_going_over():
    result = lint_message("connection_note", "🙂" * 101)
    assert result["length"] == 202
    assert [w["code"] for w in result["warnings"]] == ["over_limit"]
    assert "2 over" in result["warnings"][0]["message"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sofía, any update on the role?",
        "Hi Sofía, have you made a decision yet?",
        "Hi Sofía, I haven't heard back from you.",
        "Hi Sofía, just checking in on the status.",
        "Hi Sofía, please respond ASAP.",
    ],
)
def test_pushy_phrasing(text):
    assert "pushy" in codes(text, contact=SOFIA)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sofía, sorry to bother you again.",
        "Hi Sofía, I really need this job.",
        "Hi Sofía, please give me a chance.",
    ],
)
def test_desperate_phrasing(text):
    assert "desperate" in codes(text, contact=SOFIA)


@pytest.mark.parametrize(
    "text",
    [
        "Hi [Name], thanks.",
        "Hi {first_name}, thanks.",
        "Thanks for the chat about <company>.",
        "Hi Sofía, I loved {{topic}}.",
        "Hi Sofía, TODO add the article.",
    ],
)
def test_leftover_placeholders(text):
    assert "placeholder" in codes(text, contact=SOFIA)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sofía, THANK YOU SO MUCH.",
        "Hi Sofía, thanks!!!",
        "Hi Sofía, AMAZING talk.",
        "HI SOFÍA, GREAT TO MEET YOU TODAY",
    ],
)
def test_shouting(text):
    assert "shouting" in codes(text, contact=SOFIA)


@pytest.mark.parametrize(
    "text", ["Hi Sofía, I used AWS and SQL at IBM.", "Hi Sofía, see you at NASA! Thanks!"]
)
def test_acronyms_and_a_little_excitement_are_not_shouting(text):
    assert codes(text, contact=SOFIA) == []


def test_missing_name():
    assert codes("Thanks for the chat today.", contact=SOFIA) == ["missing_name"]


def test_wrong_name():
    result = lint_message("connection_note", "Hi Maria, thanks.", contact=SOFIA)
    assert [w["code"] for w in result["warnings"]] == ["wrong_name"]
    assert "Maria" in result["warnings"][0]["message"]


def test_name_without_its_accent():
    assert codes("Hi Sofia, thanks.", contact=SOFIA) == ["name_spelling"]


@pytest.mark.parametrize(
    "text", ["Dear Ms. García, thank you.", "Hi there Sofía, thanks.", "Hello SOFÍA, thanks."]
)
def test_other_correct_ways_to_address_her(text):
    assert "missing_name" not in codes(text, contact=SOFIA)
    assert "wrong_name" not in codes(text, contact=SOFIA)


def test_no_contact_means_no_name_check():
    assert codes("Thanks for the chat today.") == []


def test_typing_slips():
    assert codes("Hi Sofía, great to to meet you.", contact=SOFIA) == ["repeated_word"]
    assert codes("Hi Sofía,  great to meet you.", contact=SOFIA) == ["extra_space"]


def test_empty_text():
    assert codes("   ") == ["empty"]
    assert lint_message("follow_up", None)["length"] == 0


def test_a_note_cut_off_mid_sentence():
    assert codes("Hi Sofía, I wanted to", contact=SOFIA) == ["unfinished"]
    assert codes("Hi Sofía, see you soon 🙂", contact=SOFIA) == []
    assert codes("Hi Sofía,\n\nThanks.\n\nBest,\nSam", kind="thank_you", contact=SOFIA) == []
