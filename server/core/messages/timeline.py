"""What a draft knows of the interview it follows: role, company, and the interviewer's timeframe.

It reads the plain dict `interview_context(...)` answers and rephrases the timeframe the way
the job seeker would repeat it back: "about a week" → "you’d decide in about a week",
"by Friday" → "you hoped to decide by Friday".
"""

import re
from dataclasses import dataclass
from datetime import date

from server.core.messages.clean import clean_name
from server.core.messages.shorthand import MONTHS, spell_out
from server.core.text import clean_spaces

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(
    r"^(?:about|around|roughly|approximately|within|in|maybe)?\s*(?:a|an|one|two|three|four|"
    r"five|six|a\s+couple(?:\s+of)?|a\s+few|\d+(?:[-–]\d+)?)\s+(?:business\s+|working\s+)?"
    r"(?:day|week|month)s?\b",
    re.IGNORECASE,
)
_WHEN = re.compile(r"^(?:early|late|mid|middle\s+of|next|this|the\s+end\s+of)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Timeline:
    """The interview a draft refers to, reduced to what a sentence can use."""

    company: str | None = None
    role: str | None = None
    status: str | None = None
    stage: str | None = None
    decision: str | None = None
    touches: tuple[str, ...] = ()
    on: date | None = None

    @property
    def ended(self) -> bool:
        """True when the opportunity closed without an offer, so nothing should be asked."""
        return self.status in ("rejected", "withdrawn")

    @property
    def values_given(self) -> int:
        """How many follow-ups and check-ins already went out, each with its own value."""
        return sum(kind in ("follow_up", "check_in") for kind in self.touches)


def _dated(text: str) -> str | None:
    """ "Dec 12" or "12 December" as "December 12"; None when it is not a date."""
    match = re.match(r"^(?:by\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?$", text)
    if match and match.group(1).lower()[:3] in MONTHS | {"may": "May"}:
        month = MONTHS.get(match.group(1).lower()[:3], "May")
        return f"{month} {int(match.group(2))}"
    match = re.match(r"^(?:by\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)$", text)
    if match and match.group(2).lower()[:3] in MONTHS | {"may": "May"}:
        month = MONTHS.get(match.group(2).lower()[:3], "May")
        return f"{month} {int(match.group(1))}"
    return None


def decision_clause(timeframe) -> str | None:
    """The interviewer's timeframe as the job seeker repeats it back, or None when unclear."""
    if not isinstance(timeframe, str):
        return None
    words = clean_spaces(spell_out(timeframe)).strip(" .,;:!?")
    lower = words.lower()
    if not words or len(words) > 40 or not re.fullmatch(r"[\w\s,’'–-]+", words):
        return None
    if date := _dated(words):
        return f"you hoped to decide by {date}"
    if _SPAN.match(lower):
        if lower.startswith(("within", "in ")):
            return f"you’d decide {lower}"
        if lower.startswith(("maybe ", "roughly ", "approximately ", "around ")):
            lower = "about " + lower.split(" ", 1)[1]
        return f"you’d decide in {lower}"
    day = lower.removeprefix("by ").removeprefix("next ").removeprefix("this ")
    if day in _WEEKDAYS or day.rstrip("s") in _WEEKDAYS:
        lead = lower[: len(lower) - len(day)].strip()
        when = f"{lead} {day.capitalize()}".strip()
        return f"you hoped to decide {when if when.startswith('by') else 'by ' + when}"
    if lower.startswith(("end of", "by end of", "by the end of", "the end of")):
        rest = re.sub(r"^(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?", "", lower)
        rest = MONTHS.get(rest[:3], rest) if rest[:3] in MONTHS else rest
        rest = rest if rest[:1].isupper() or rest in ("next week",) else f"the {rest}"
        return f"you hoped to decide by the end of {rest}"
    if lower.startswith("by "):
        return f"you hoped to decide {words[:1].lower()}{words[1:]}"
    if _WHEN.match(lower):
        return f"you hoped to decide {lower}"
    return None


def _day(value) -> date | None:
    """A day from the context: a date, or its ISO form as JSON carries it."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def spoke_when(on: date | None, today: date | None) -> str:
    """When the interview was, as a thank-you says it: "today", "yesterday", "on Tuesday",
    "last week"; "" when either day is unknown or the interview is further back (or ahead).

    Drafting has no clock, so the caller says what day it is.
    """
    if on is None or today is None:
        return ""
    days = (today - on).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 2 <= days <= 6:
        return f"on {on.strftime('%A')}"
    if 7 <= days <= 13 and on.isocalendar()[:2] != today.isocalendar()[:2]:
        last = today.toordinal() - today.weekday() - 7
        if on.toordinal() >= last:
            return "last week"
    return ""


def read_timeline(context) -> Timeline | None:
    """The timeline from an `interview_context(...)` dict; None when there is none."""
    if not isinstance(context, dict):
        return None
    opportunity = context.get("opportunity") if isinstance(context.get("opportunity"), dict) else {}
    interview = context.get("interview") if isinstance(context.get("interview"), dict) else {}
    touches = context.get("touches") if isinstance(context.get("touches"), list) else []
    role = clean_name(opportunity.get("role"), max_length=60)
    status = opportunity.get("status") if isinstance(opportunity.get("status"), str) else None
    stage = interview.get("stage") if isinstance(interview.get("stage"), str) else None
    return Timeline(
        company=clean_name(opportunity.get("company"), max_length=50),
        role=role,
        status=status,
        stage=stage or None,
        decision=decision_clause(interview.get("timeframe")),
        touches=tuple(t.get("kind") for t in touches if isinstance(t, dict)),
        on=_day(interview.get("on")),
    )
