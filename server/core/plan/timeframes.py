"""Timeframes as interviewers say them ("about a week", "by Friday", "Dec 18"), read as a date.

Every reading is counted from the interview day and leans to the future: a weekday or a day
of the month is the next one after the interview, a date without a year that has already
passed this year is next year's. A range ("a week or two") is read at its later end, since the
decision is expected by then. Words that can't be read give None, and the plan falls back to
its default; nothing here ever raises on what a person typed.

python-dateutil does the calendar: its parser reads the written dates ("Dec 18", "18 December
2026", "12/18", "2026-12-18") once a pattern has found one, and relativedelta does the
arithmetic (month ends, leap days, "the Tuesday of next week"). The idioms people use for
timing ("a week or two", "early next week", "end of the month", "after the holidays") are
not something a date parser reads, so they are a small grammar of their own below.
"""

import datetime
import functools
import math
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import MO, TH, relativedelta

# A reading further off than this is taken as a misreading rather than a plan.
FURTHEST = datetime.timedelta(days=366)
# Longer text is not a timeframe; reading only the start keeps every pattern quick.
LONGEST = 300

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    "several": 4,
    "a handful of": 4,
}
# Longest first, so "a couple of" is tried before "a".
_NUMBER = "|".join(
    [r"[0-9]{1,4}"] + [re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True)]
)
_UNIT = (
    r"(?:(?P<business{n}>business|working)\s+)?"
    r"(?P<unit{n}>days?|weeks?|wks?|months?|mos?|hours?|hrs?|h|fortnights?)"
)
DURATION = re.compile(
    rf"\b(?:(?P<low>{_NUMBER})\s*(?:-|to|or)\s*(?P<high>{_NUMBER})\s+{_UNIT.format(n=1)}"
    rf"|(?P<one>{_NUMBER})\s+{_UNIT.format(n=2)}(?P<half>\s+and\s+a\s+half)?"
    rf"(?:\s+(?:or|to|-)\s+(?P<upto>{_NUMBER})(?:\s+{_UNIT.format(n=3)})?)?"
    r"|(?:within|in)\s+the\s+(?:next|coming)\s+(?P<unit4>day|week|month))\b",
    re.ASCII,
)

WEEKDAYS = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
WEEKDAY = re.compile(
    r"\b(?:(?P<next>next|the\s+following)\s+)?(?P<day>"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\b",
    re.ASCII,
)

# Which day of a week a part of it means, counted from Monday.
WEEK_PARTS = {
    "beginning of": 0,
    "start of": 0,
    "early": 1,
    "mid": 2,
    "middle of": 2,
    "late": 4,
    "later": 4,
    "end of": 4,
    "the end of": 4,
    "": 4,
}
_PART = (
    r"(?P<part>beginning\s+of|start\s+of|early|mid|middle\s+of|late|later|(?:the\s+)?end\s+of"
    r"|(?:the\s+)?(?:first|second|third|last)\s+week\s+of)"
)
_WHICH = r"(?P<which>this|next|the\s+following|the)"
# Either part may be left out ("end of week", "next week"), not both ("a week" is a duration).
WEEK = re.compile(
    rf"\b(?:{_PART}[\s-]*)?(?:{_WHICH}\s+)?(?P<span>weekend|week)(?P<after_next>\s+after\s+next)?\b"
    r"|\b(?P<eow>eow)\b",
    re.ASCII,
)

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Which day of a month a part of it means; None is the month's last day.
MONTH_PARTS = {
    "beginning of": 1,
    "start of": 1,
    "early": 7,
    "mid": 15,
    "middle of": 15,
    "late": 24,
    "later": 24,
    "end of": None,
    "the end of": None,
    "first week of": 7,
    "second week of": 14,
    "third week of": 21,
    "last week of": None,
}
MONTH = re.compile(
    rf"\b(?:{_PART}[\s-]*|(?P<by>by|before|until|till)\s+|(?P<within>in|during|around)\s+)?"
    rf"(?:(?:{_WHICH}\s+)?(?P<month>month)|(?P<name>{_MONTH})(?:\s+(?P<year>[0-9]{{4}}))?)"
    r"\b(?!\s*-?[0-9])",
    re.ASCII,
)
YEAR_END = re.compile(r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]end|eoy)\b")
MONTH_END = re.compile(r"\beom\b")
QUARTER_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:quarter|q(?P<q>[1-4]))\b")

# A written date for dateutil to read: "Dec 18", "18th of December 2026", "12/18", "2026-12-18".
WRITTEN_DATE = re.compile(
    rf"\b(?:(?:{_MONTH})\.?\s*[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s*[0-9]{{4}})?"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})(?:,?\s*[0-9]{{4}})?"
    r"|[0-9]{1,4}[/-][0-9]{1,2}(?:[/-][0-9]{2,4})?)\b",
    re.ASCII,
)
DAY_OF_MONTH = re.compile(
    r"\b(?:by|on|before|until|till|around|"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\s+(?:the\s+)?(?P<day>[0-9]{1,2})(?:st|nd|rd|th)\b"
    r"|^(?:the\s+)?(?P<alone>[0-9]{1,2})(?:st|nd|rd|th)$",
    re.ASCII,
)

# Said as a number of days from the interview.
DAYS_FROM_NOW = [
    (re.compile(r"\bday\s+after\s+tomorrow\b"), 2),
    (re.compile(r"\btomorrow\b"), 1),
    (re.compile(r"\b(?:end\s+of\s+(?:the\s+)?day|eod|today|tonight|this\s+evening)\b"), 0),
    (re.compile(r"\b(?:asap|as\s+soon\s+as\s+possible|right\s+away|immediately)\b"), 2),
    (re.compile(r"\bcoming\s+days\b"), 3),
    (re.compile(r"\b(?:soon|shortly)\b"), 7),
]
HOLIDAYS = re.compile(
    r"\b(?:after\s+(?:the\s+)?(?:holidays?|christmas|new\s+year'?s?)|(?:in\s+)?the\s+new\s+year"
    r"|(?:early|beginning\s+of|start\s+of)\s+next\s+year)\b"
)
THANKSGIVING = re.compile(r"\bafter\s+thanksgiving\b")
CHRISTMAS = re.compile(r"\b(?:by|before)\s+christmas\b")


def read_timeframe(words: str, interview_day: datetime.date) -> datetime.date | None:
    """Read what an interviewer said about timing as the date a decision is expected, or None."""
    if not isinstance(words, str):
        return None
    if isinstance(interview_day, datetime.datetime):
        interview_day = interview_day.date()
    return _read_words(_normalize(words), interview_day)


# The same few timeframes come back for thousands of interviews.
@functools.lru_cache(maxsize=4096)
def _read_words(text: str, interview_day: datetime.date) -> datetime.date | None:
    if not text:
        return None
    try:
        found = _read(text, interview_day)
    except (ValueError, OverflowError):
        # Arithmetic past the calendar's end (year 9999) or a date that does not exist.
        return None
    if found is None or found < interview_day or found - interview_day > FURTHEST:
        return None
    return found


def _normalize(words: str) -> str:
    text = words[:LONGEST].casefold()
    # "48h", "10days": a number run into its unit.
    text = re.sub(r"\b([0-9]+)(h|hrs?|hours?|days?|wks?|weeks?)\b", r"\1 \2", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text).replace("\u2019", "'")
    # Punctuation other than the separators of a written date only splits words.
    text = re.sub(r"[^a-z0-9/'\-\s]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _read(text: str, day: datetime.date) -> datetime.date | None:
    for reader in (
        _holidays,
        _days_from_now,
        _duration,
        _week,
        _written_date,
        _day_of_month,
        _weekday,
        _year_or_quarter_end,
        _month,
    ):
        found = reader(text, day)
        if found is not None:
            return found
    return None


def _holidays(text: str, day: datetime.date) -> datetime.date | None:
    """After the winter holidays: the first Monday from 2 January, when the holidays are near."""
    if HOLIDAYS.search(text):
        year = day.year + 1 if day.month >= 11 else day.year
        back = datetime.date(year, 1, 2) + relativedelta(weekday=MO)
        return back if day.month >= 11 or back > day else None
    if CHRISTMAS.search(text):
        eve = datetime.date(day.year, 12, 24)
        return eve if eve >= day else None
    if THANKSGIVING.search(text):
        # The fourth Thursday of November; the Monday after it is when offices are back.
        thursday = datetime.date(day.year, 11, 1) + relativedelta(weekday=TH(4))
        back = thursday + datetime.timedelta(days=4)
        return back if back > day else None
    return None


def _days_from_now(text: str, day: datetime.date) -> datetime.date | None:
    for pattern, days in DAYS_FROM_NOW:
        if pattern.search(text):
            return day + datetime.timedelta(days=days)
    return None


def _number(word: str) -> int:
    word = re.sub(r"\s+", " ", word)
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _duration(text: str, day: datetime.date) -> datetime.date | None:
    match = DURATION.search(text)
    if not match:
        return None
    if match["unit4"]:
        return _add(day, 1, match["unit4"], business=False)
    if match["low"]:
        count, unit, business = _number(match["high"]), match["unit1"], match["business1"]
    else:
        count, unit, business = _number(match["one"]), match["unit2"], match["business2"]
        if match["half"]:
            count = count + 0.5
        if match["upto"]:
            # "A week or two", "10 days to 2 weeks": the later end, in its own unit if it has one.
            upper = _number(match["upto"])
            if match["unit3"]:
                unit, business = match["unit3"], match["business3"]
            count = max(count, upper) if not match["unit3"] else upper
    return _add(day, count, unit, business=bool(business))


def _add(day: datetime.date, count: float, unit: str, *, business: bool) -> datetime.date | None:
    unit = unit.rstrip("s")
    if unit in ("hour", "hr", "h"):
        return day + datetime.timedelta(days=math.ceil(count / 24)) if count <= 9000 else None
    if unit in ("month", "mo"):
        if count > 12:
            return None
        whole = int(count)
        return day + relativedelta(months=whole, days=15 if count > whole else 0)
    days = count * {"day": 1, "week": 7, "wk": 7, "fortnight": 14}[unit]
    if days > FURTHEST.days:
        return None
    if business:
        return _add_business_days(day, math.ceil(days))
    return day + datetime.timedelta(days=math.ceil(days))


def _add_business_days(day: datetime.date, count: int) -> datetime.date:
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _week(text: str, day: datetime.date) -> datetime.date | None:
    """ "Early next week", "end of the week", "next week", "the weekend", "the week after next"."""
    for match in WEEK.finditer(text):
        if match["eow"]:
            weeks, weekday = 0, WEEK_PARTS["end of"]
        elif match["part"] or match["which"]:
            weeks = 1 if match["which"] in ("next", "the following") else 0
            weeks = 2 if match["after_next"] else weeks
            part = WEEK_PARTS.get(_spaced(match["part"]), WEEK_PARTS[""])
            weekday = 5 if match["span"] == "weekend" else part
        else:
            continue
        monday = day + relativedelta(weekday=MO(-1))
        found = monday + datetime.timedelta(weeks=weeks, days=weekday)
        # "By the end of the week", said on a Friday, means next Friday.
        return found if found > day else found + datetime.timedelta(weeks=1)
    return None


def _written_date(text: str, day: datetime.date) -> datetime.date | None:
    """A date as written ("Dec 18", "12/18", "18 December 2026"), the next one to come."""
    match = WRITTEN_DATE.search(text)
    if not match:
        return None
    # Two defaults tell what was written from what was left out; both are leap years, so a
    # 29 February without a year still parses.
    leap = _parse_written(match[0], datetime.datetime(2000, 1, 1))
    other = _parse_written(match[0], datetime.datetime(2004, 3, 2))
    if leap is None or other is None:
        return None
    if leap.day != other.day or leap.month != other.month:
        return None
    if leap.year == other.year:
        return leap.date()
    return _next_month_day(day, leap.month, leap.day)


def _parse_written(written: str, default: datetime.datetime) -> datetime.datetime | None:
    # Month first, as in the US; "18/12" can only be day first.
    for day_first in (False, True):
        try:
            return date_parser.parse(written, default=default, dayfirst=day_first)
        except (date_parser.ParserError, ValueError, OverflowError):
            continue
    return None


def _next_month_day(day: datetime.date, month: int, day_of_month: int) -> datetime.date | None:
    # Eight years is enough for a 29 February to come round again.
    for year in range(day.year, day.year + 9):
        try:
            found = datetime.date(year, month, day_of_month)
        except ValueError:
            continue
        if found >= day:
            return found
    return None


def _weekday(text: str, day: datetime.date) -> datetime.date | None:
    """ "By Friday" is the next Friday after the interview; "next Tuesday" is next week's.

    "Thursday or Friday" is read at its later end, as every range is.
    """
    found = None
    for match in WEEKDAY.finditer(text):
        weekday = WEEKDAYS[match["day"]]
        if match["next"]:
            monday = day + relativedelta(weekday=MO(-1))
            named = monday + datetime.timedelta(weeks=1, days=weekday)
        else:
            named = day + relativedelta(days=1, weekday=weekday)
        found = named if found is None else max(found, named)
    return found


def _day_of_month(text: str, day: datetime.date) -> datetime.date | None:
    """ "By the 15th": the next 15th after the interview (skipping months too short for it)."""
    match = DAY_OF_MONTH.search(text)
    if not match:
        return None
    wanted = int(match["day"] or match["alone"])
    if not 1 <= wanted <= 31:
        return None
    for months in range(13):
        first = (day + relativedelta(months=months)).replace(day=1)
        found = first + relativedelta(day=wanted)
        if found.day == wanted and found > day:
            return found
    return None


def _year_or_quarter_end(text: str, day: datetime.date) -> datetime.date | None:
    if YEAR_END.search(text):
        return datetime.date(day.year, 12, 31)
    if MONTH_END.search(text):
        return day + relativedelta(day=31)
    match = QUARTER_END.search(text)
    if not match:
        return None
    quarter = int(match["q"]) if match["q"] else (day.month - 1) // 3 + 1
    found = datetime.date(day.year, quarter * 3, 1) + relativedelta(day=31)
    return found if found >= day else found + relativedelta(years=1, day=31)


def _month(text: str, day: datetime.date) -> datetime.date | None:
    """ "End of the month", "early next month", "mid-January", "by March", "in January 2027"."""
    for match in MONTH.finditer(text):
        part, name = _spaced(match["part"]), match["name"]
        part = part.removeprefix("the ") if "week" in part else part
        if match["month"] and not (part or match["which"]):
            continue
        # "May" is too often the verb to be read as a month without a word before it.
        if name == "may" and not (part or match["by"] or match["within"]):
            continue
        if part in MONTH_PARTS:
            day_of_month = MONTH_PARTS[part]
        else:
            # "By March" is its first day; "in March" or "March" is read as its middle.
            day_of_month = 1 if match["by"] else 15
        if name:
            year = int(match["year"]) if match["year"] else day.year
            found = _in_month(datetime.date(year, MONTHS[name], 1), day_of_month)
            if found < day and not match["year"]:
                found = _in_month(datetime.date(year + 1, MONTHS[name], 1), day_of_month)
            return found
        months = 1 if match["which"] in ("next", "the following") else 0
        this_month = day.replace(day=1) + relativedelta(months=months)
        found = _in_month(this_month, day_of_month)
        # "Mid-month", said on the 20th, is next month's middle.
        if found < day:
            found = _in_month(this_month + relativedelta(months=1), day_of_month)
        return found
    return None


def _in_month(month_start: datetime.date, day_of_month: int | None) -> datetime.date:
    return month_start + relativedelta(day=31 if day_of_month is None else day_of_month)


def _spaced(part: str | None) -> str:
    return re.sub(r"\s+", " ", part or "")
