"""A table of timeframes as interviewers say them, and the day each one gives."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.core.plan import follow_up_on, read_timeframe, timeframes
from server.core.plan.model import Interview

D = datetime.date
TUE_1_DEC = D(2026, 12, 1)
FRI_4_DEC = D(2026, 12, 4)
THU_31_DEC = D(2026, 12, 31)
SUN_31_JAN = D(2027, 1, 31)
MON_1_MAR = D(2027, 3, 1)
MON_28_FEB_LEAP = D(2028, 2, 28)
TUE_29_FEB_LEAP = D(2028, 2, 29)

# (what was said, the interview day, the day a decision is expected)
TIMEFRAMES = [
    ("about a week", TUE_1_DEC, D(2026, 12, 8)),
    ("a week or two", TUE_1_DEC, D(2026, 12, 15)),
    ("two weeks", TUE_1_DEC, D(2026, 12, 15)),
    ("10 days", TUE_1_DEC, D(2026, 12, 11)),
    ("by Friday", TUE_1_DEC, D(2026, 12, 4)),
    ("early next week", TUE_1_DEC, D(2026, 12, 8)),
    ("end of the month", TUE_1_DEC, D(2026, 12, 31)),
    ("after the holidays", TUE_1_DEC, D(2027, 1, 4)),
    ("Dec 18", TUE_1_DEC, D(2026, 12, 18)),
    ("12/18", TUE_1_DEC, D(2026, 12, 18)),
    ("18/12", TUE_1_DEC, D(2026, 12, 18)),
    ("next Tuesday", TUE_1_DEC, D(2026, 12, 8)),
    ("in a couple of weeks", TUE_1_DEC, D(2026, 12, 15)),
    ("end of next week", TUE_1_DEC, D(2026, 12, 11)),
    ("a few days", TUE_1_DEC, D(2026, 12, 4)),
    ("mid-January", TUE_1_DEC, D(2027, 1, 15)),
    ("within 48 hours", TUE_1_DEC, D(2026, 12, 3)),
    ("by the 15th", TUE_1_DEC, D(2026, 12, 15)),
    ("ASAP", TUE_1_DEC, D(2026, 12, 3)),
    ("We'll let you know within 5 business days.", TUE_1_DEC, D(2026, 12, 8)),
    ("1-2 weeks", TUE_1_DEC, D(2026, 12, 15)),
    ("2–3 weeks", TUE_1_DEC, D(2026, 12, 22)),
    ("a week and a half", TUE_1_DEC, D(2026, 12, 12)),
    ("10 days to 2 weeks", TUE_1_DEC, D(2026, 12, 15)),
    ("a day or two", TUE_1_DEC, D(2026, 12, 3)),
    ("a fortnight", TUE_1_DEC, D(2026, 12, 15)),
    ("within the next week", TUE_1_DEC, D(2026, 12, 8)),
    ("next week", TUE_1_DEC, D(2026, 12, 11)),
    ("this week", TUE_1_DEC, D(2026, 12, 4)),
    ("the week after next", TUE_1_DEC, D(2026, 12, 18)),
    ("over the weekend", TUE_1_DEC, D(2026, 12, 5)),
    ("Monday", TUE_1_DEC, D(2026, 12, 7)),
    ("around the 20th", TUE_1_DEC, D(2026, 12, 20)),
    ("by December 18th, 2026", TUE_1_DEC, D(2026, 12, 18)),
    ("Dec 1", TUE_1_DEC, D(2026, 12, 1)),
    ("Nov 30", TUE_1_DEC, D(2027, 11, 30)),
    ("early next month", TUE_1_DEC, D(2027, 1, 7)),
    ("next month", TUE_1_DEC, D(2027, 1, 15)),
    ("mid-month", TUE_1_DEC, D(2026, 12, 15)),
    ("in January", TUE_1_DEC, D(2027, 1, 15)),
    ("by March", TUE_1_DEC, D(2027, 3, 1)),
    ("end of the quarter", TUE_1_DEC, D(2026, 12, 31)),
    ("in the new year", TUE_1_DEC, D(2027, 1, 4)),
    ("a month", TUE_1_DEC, D(2027, 1, 1)),
    ("tomorrow", TUE_1_DEC, D(2026, 12, 2)),
    ("EOD", TUE_1_DEC, D(2026, 12, 1)),
    ("They'll get back to us soon", TUE_1_DEC, D(2026, 12, 8)),
    ("we may decide by the 15th", TUE_1_DEC, D(2026, 12, 15)),
    ("Friday the 18th", TUE_1_DEC, D(2026, 12, 18)),
    ("Tuesday 12/8", TUE_1_DEC, D(2026, 12, 8)),
    ("Wednesday, December 9", TUE_1_DEC, D(2026, 12, 9)),
    ("Thursday or Friday", TUE_1_DEC, D(2026, 12, 4)),
    ("3-5 business days", TUE_1_DEC, D(2026, 12, 8)),
    ("7 to 10 days", TUE_1_DEC, D(2026, 12, 11)),
    ("48h", TUE_1_DEC, D(2026, 12, 3)),
    ("late January", TUE_1_DEC, D(2027, 1, 24)),
    ("end of Jan", TUE_1_DEC, D(2027, 1, 31)),
    ("first week of January", TUE_1_DEC, D(2027, 1, 7)),
    ("before Christmas", TUE_1_DEC, D(2026, 12, 24)),
    ("EOM", TUE_1_DEC, D(2026, 12, 31)),
    # Said on a Friday, "by Friday" and "the end of the week" mean the next one.
    ("by Friday", FRI_4_DEC, D(2026, 12, 11)),
    ("end of the week", FRI_4_DEC, D(2026, 12, 11)),
    ("next Friday", FRI_4_DEC, D(2026, 12, 11)),
    ("early next week", FRI_4_DEC, D(2026, 12, 8)),
    # The year's end: dates roll into the new year.
    ("two weeks", THU_31_DEC, D(2027, 1, 14)),
    ("in 10 days", THU_31_DEC, D(2027, 1, 10)),
    ("Jan 5", THU_31_DEC, D(2027, 1, 5)),
    ("by Friday", THU_31_DEC, D(2027, 1, 1)),
    ("next week", THU_31_DEC, D(2027, 1, 8)),
    ("early next week", THU_31_DEC, D(2027, 1, 5)),
    ("after the holidays", THU_31_DEC, D(2027, 1, 4)),
    ("end of the year", THU_31_DEC, D(2026, 12, 31)),
    ("Dec 18", THU_31_DEC, D(2027, 12, 18)),
    # A month's end: a month on from 31 January is the last day of February.
    ("end of the month", SUN_31_JAN, D(2027, 1, 31)),
    ("a month", SUN_31_JAN, D(2027, 2, 28)),
    ("end of next month", SUN_31_JAN, D(2027, 2, 28)),
    ("by the 31st", SUN_31_JAN, D(2027, 3, 31)),
    ("mid-month", SUN_31_JAN, D(2027, 2, 15)),
    ("next week", SUN_31_JAN, D(2027, 2, 5)),
    ("two weeks", SUN_31_JAN, D(2027, 2, 14)),
    # A leap year.
    ("tomorrow", MON_28_FEB_LEAP, D(2028, 2, 29)),
    ("end of the month", MON_28_FEB_LEAP, D(2028, 2, 29)),
    ("by the 29th", MON_28_FEB_LEAP, D(2028, 2, 29)),
    ("a week", MON_28_FEB_LEAP, D(2028, 3, 6)),
    ("a month", TUE_29_FEB_LEAP, D(2028, 3, 29)),
    ("in a couple of weeks", TUE_29_FEB_LEAP, D(2028, 3, 14)),
    ("by the 29th", TUE_29_FEB_LEAP, D(2028, 3, 29)),
    ("Feb 29", MON_1_MAR, D(2028, 2, 29)),
    ("by the 29th", MON_1_MAR, D(2027, 3, 29)),
]

# Words with no date in them, or a date that can't be meant: the plan falls back to its default.
UNREADABLE = [
    ("", TUE_1_DEC),
    ("no idea", TUE_1_DEC),
    ("they didn't say", TUE_1_DEC),
    ("after the 3rd round", TUE_1_DEC),
    # Said on 1 December, a decision "by" a past date with its year written is a slip.
    ("by Dec 18 2025", TUE_1_DEC),
    # "After the holidays" in spring names no holiday we can know.
    ("after the holidays", D(2027, 4, 14)),
    ("after the holidays", SUN_31_JAN),
    ("before Christmas", D(2026, 12, 26)),
    ("Feb 30", TUE_1_DEC),
    # Further off than a year is a misreading, not a plan.
    ("Feb 29", TUE_1_DEC),
    ("500 days", TUE_1_DEC),
]


@pytest.mark.parametrize(
    ("words", "interview_day", "expected"),
    TIMEFRAMES,
    ids=[f"{words} from {day}" for words, day, _ in TIMEFRAMES],
)
def test_timeframe_reads_as_the_day_people_mean(words, interview_day, expected):
    assert read_timeframe(words, interview_day) == expected


@pytest.mark.parametrize(
    ("words", "interview_day"), UNREADABLE, ids=[f"{w} from {d}" for w, d in UNREADABLE]
)
def test_unreadable_timeframe_gives_none(words, interview_day):
    assert read_timeframe(words, interview_day) is None


def test_the_table_covers_every_phrase_the_plan_promises():
    said = {words for words, _, _ in TIMEFRAMES}
    assert len(TIMEFRAMES) >= 30
    assert {"about a week", "a week or two", "two weeks", "10 days", "by Friday"} <= said
    assert {"early next week", "end of the month", "after the holidays", "Dec 18", "12/18"} <= said


def test_follow_up_is_three_days_past_the_decision():
    interview = Interview(id=1, opportunity_id=1, on=TUE_1_DEC, timeframe="about a week")
    assert follow_up_on(interview) == D(2026, 12, 11)


def test_follow_up_without_a_timeframe_is_ten_days_on():
    assert follow_up_on(Interview(id=1, opportunity_id=1, on=TUE_1_DEC)) == D(2026, 12, 11)
    unreadable = Interview(id=1, opportunity_id=1, on=TUE_1_DEC, timeframe="we'll see")
    assert follow_up_on(unreadable) == D(2026, 12, 11)


def test_a_decide_by_the_user_gives_wins_over_the_timeframe():
    interview = Interview(
        id=1, opportunity_id=1, on=TUE_1_DEC, timeframe="two weeks", decide_by=D(2026, 12, 4)
    )
    assert follow_up_on(interview) == D(2026, 12, 7)


def test_a_decide_by_before_the_interview_still_gives_the_interview_its_grace():
    interview = Interview(id=1, opportunity_id=1, on=TUE_1_DEC, decide_by=D(2026, 11, 1))
    assert follow_up_on(interview) == D(2026, 12, 4)


# Every word the grammar knows, and the ways numbers and dates run into them.
VOCABULARY = sorted(
    {*timeframes.NUMBER_WORDS, *timeframes.WEEKDAYS, *timeframes.MONTHS}
    | {*timeframes.WEEK_PARTS, *timeframes.MONTH_PARTS} - {""}
    | set(
        "day days week weeks wk wks month months mo mos hour hours hr hrs h fortnight business "
        "working or to - and a half by in within the next this following after holidays "
        "christmas thanksgiving new year year's quarter q1 q4 end eod eow eom eoy asap soon "
        "today tomorrow weekend of / 0 1 2 9 12 18 29 30 31 48 99 9999 00/00 2/30 12/18 "
        "18/12 1-2 31st 29th 2nd 48h 10days".split()
    )
)


UNITS = "day days week weeks wk wks month months mo mos hour hours hr hrs h fortnight".split()
NUMBERS = [*timeframes.NUMBER_WORDS, "0", "1", "2", "10", "48", "367", "9999"]
# A duration as people say one: "a week or two", "3-5 business days", "48 h".
DURATIONS = st.builds(
    "{} {}{} {}{}".format,
    st.sampled_from(["", "about", "within", "in", "next"]),
    st.sampled_from(NUMBERS),
    st.sampled_from(["", " or two", "-3", " to 10", " and a half"]),
    st.sampled_from(["", "business ", "working "]),
    st.sampled_from(UNITS),
)


@given(
    words=st.one_of(
        st.text(max_size=80),
        st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join),
        st.lists(st.sampled_from(VOCABULARY), max_size=6).map("".join),
    ),
    interview_day=st.dates(),
)
def test_read_timeframe_never_raises_and_never_looks_back(words, interview_day):
    found = read_timeframe(words, interview_day)
    assert found is None or interview_day <= found <= interview_day + datetime.timedelta(days=366)


@given(words=DURATIONS, interview_day=st.dates())
def test_every_shape_of_duration_is_read_without_raising(words, interview_day):
    found = read_timeframe(words, interview_day)
    assert found is None or interview_day <= found <= interview_day + datetime.timedelta(days=366)


@pytest.mark.parametrize("words", [None, 7, b"a week"])
def test_read_timeframe_takes_only_text(words):
    assert read_timeframe(words, TUE_1_DEC) is None
