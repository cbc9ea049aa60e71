"""The plain, kind words that say why an agenda item is due, naming the person and the company."""

import datetime
from functools import lru_cache

from server.core.plan.model import Interview, Opportunity, Person
from server.core.plan.timeframes import DURATION, read_timeframe
from server.core.text import first_name

# Written out here rather than by strftime, which follows the machine's locale.
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
FULL_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Timeframes that read as a length of time take "in"; the rest take "by" unless they bring
# their own word ("by Friday", "within two weeks", "after the holidays").
OWN_PREPOSITION = ("by", "in", "within", "before", "after", "on", "around", "sometime", "over")
NO_PREPOSITION = ("asap", "soon", "shortly", "today", "tomorrow", "tonight", "next", "this")
USEFUL_FOLLOW_UP = "a short follow-up with something useful keeps you in mind"


# The same few hundred people come back in every agenda worked out.
@lru_cache(maxsize=65536)
def name_of(person: Person | None) -> str:
    """The name to call a contact by in the plan's words."""
    if person is None:
        return "your interviewer"
    given = first_name({"first_name": person.first_name, "full_name": person.full_name})
    given = given or person.full_name.strip()
    if not given:
        return "your interviewer"
    # A name typed all in lower case still starts a sentence's subject with a capital.
    return given[0].upper() + given[1:] if given.islower() else given


def company_of(opportunity: Opportunity) -> str:
    return opportunity.company.strip() or "the company"


def who(person: Person | None, opportunity: Opportunity) -> str:
    """ "Priya at Northwind", or just "Northwind" when no interviewer was logged."""
    if person is None:
        return company_of(opportunity)
    return f"{name_of(person)} at {company_of(opportunity)}"


def met(person: Person | None, opportunity: Opportunity) -> str:
    """ "with Priya at Northwind", or "at Northwind" when no interviewer was logged."""
    if person is None:
        return f"at {company_of(opportunity)}"
    return f"with {who(person, opportunity)}"


def day_words(day: datetime.date, today: datetime.date) -> str:
    """ "today", "yesterday", "tomorrow", or "on Tue 1 Dec" (with the year when it differs)."""
    gap = (day - today).days
    if gap == 0:
        return "today"
    if gap == -1:
        return "yesterday"
    if gap == 1:
        return "tomorrow"
    return "on " + short_date(day, today)


def short_date(day: datetime.date, today: datetime.date) -> str:
    written = f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return written if day.year == today.year else f"{written} {day.year}"


def days_words(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def thank_you(
    person: Person | None,
    opportunity: Opportunity,
    interview: Interview,
    today: datetime.date,
    mail: bool,
) -> str:
    interviewed = met(person, opportunity)
    when = day_words(interview.on, today)
    if interview.on > today:
        if mail:
            return (
                f"You interview {interviewed} {when}; {name_of(person)} prefers mail, so post a "
                "thank-you by express mail the same day."
            )
        return f"You interview {interviewed} {when}; a same-day thank-you stands out."
    if interview.on == today:
        if mail:
            return (
                f"You interviewed {interviewed} today; {name_of(person)} prefers mail, so post a "
                "thank-you by express mail today — a same-day note stands out."
            )
        return f"You interviewed {interviewed} today; a same-day thank-you stands out."
    if mail:
        return (
            f"You interviewed {interviewed} {when}; a thank-you is still welcome — post it by "
            "express mail today."
        )
    return (
        f"You interviewed {interviewed} {when}; a thank-you is still welcome, and today beats "
        "later."
    )


def connection_request(
    person: Person, opportunity: Opportunity, interview: Interview, today: datetime.date
) -> str:
    whom = who(person, opportunity)
    when = day_words(interview.on, today)
    if interview.on > today:
        return (
            f"You meet {whom} {when}; once you've talked, a connection request with a short note "
            "keeps the conversation going."
        )
    return (
        f"You met {whom} {when}; a connection request with a short note keeps the conversation "
        "going."
    )


def follow_up(
    person: Person | None,
    opportunity: Opportunity,
    interview: Interview,
    due: datetime.date,
    today: datetime.date,
) -> str:
    company = company_of(opportunity)
    days = days_words((max(due, today) - interview.on).days)
    # The interviewer's words, unless the user gave a decision day they don't match.
    read = read_timeframe(interview.timeframe, interview.on)
    if interview.timeframe.strip() and interview.decide_by in (None, read):
        timeframe = timeframe_phrase(interview.timeframe)
        if person is None:
            said = f"{company} said they'd decide {timeframe}"
        else:
            said = f"{name_of(person)} said {company} would decide {timeframe}"
    elif interview.decide_by:
        said = f"{company} expected to decide by {short_date(interview.decide_by, today)}"
    else:
        said = f"You interviewed {met(person, opportunity)} {day_words(interview.on, today)}"
        if due > today:
            return f"{said}; if you haven't heard by {short_date(due, today)}, {USEFUL_FOLLOW_UP}."
        return f"{said} and haven't heard back in {days}; {USEFUL_FOLLOW_UP}."
    if due > today:
        # Counting days to a future day ("by Sun 6 Dec it will be 17 days") reads as sums;
        # what matters ahead of time is the day to act if nothing has come.
        return f"{said}; if you haven't heard by {short_date(due, today)}, {USEFUL_FOLLOW_UP}."
    return f"{said}; it's been {days} — {USEFUL_FOLLOW_UP}."


def check_in(
    person: Person | None,
    opportunity: Opportunity,
    sequence: int,
    last_touch_on: datetime.date,
    today: datetime.date,
) -> str:
    whom = who(person, opportunity)
    when = day_words(last_touch_on, today)
    if sequence == 1:
        return (
            f"You followed up with {whom} {when}; a brief check-in with something of value (an "
            "article, a result, a thought on their problem) keeps the door open without pressing."
        )
    return (
        f"You last wrote to {whom} {when}; one more check-in with something of value, then let "
        f"{company_of(opportunity)} come to you."
    )


def stay_in_touch(
    person: Person, opportunity: Opportunity, ended_on: datetime.date, today: datetime.date
) -> str:
    month = FULL_MONTH_NAMES[ended_on.month - 1]
    when = month if ended_on.year == today.year else f"{month} {ended_on.year}"
    company = company_of(opportunity)
    if opportunity.status == "withdrawn":
        ended = f"You withdrew from {company} in {when}"
    else:
        ended = f"{company} went another way in {when}"
    return (
        f"{ended}; a friendly note to {name_of(person)} with something useful and no ask keeps "
        "the door open for next time."
    )


def keep_searching(
    active: int, waiting: Opportunity | None, last_added: datetime.date | None, today
) -> str:
    if active < 3:
        if active == 0:
            return (
                "You have no active applications; add two or three this week, so no single "
                "answer decides everything."
            )
        count = "1 active opportunity" if active == 1 else f"{active} active opportunities"
        return (
            f"You have {count}; keeping at least three going means no single answer decides "
            "everything."
        )
    quiet = days_words((today - last_added).days) if last_added else "a while"
    return (
        f"You're waiting to hear from {company_of(waiting)} and haven't added an opportunity in "
        f"{quiet}; keep a few applications moving while you wait."
    )


def timeframe_phrase(words: str) -> str:
    """The interviewer's words as they fit after "would decide": "in about a week", "by Friday"."""
    words = " ".join(words.split()).rstrip(".!;,")
    first = words.split()[0].casefold() if words else ""
    if first in OWN_PREPOSITION or first in NO_PREPOSITION:
        return words
    if DURATION.search(words.casefold()):
        return f"in {words}"
    if first == "end":
        return f"by the {words}"
    return f"by {words}"
