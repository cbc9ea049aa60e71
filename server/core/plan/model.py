"""The follow-up plan's plain data: what the store hands the rules, and what the rules answer.

No Flask, no peewee, no clock: the store builds these from rows, the rules read them with a
date they are given, and every surface (API, calendar, CLI, dashboard, popup) shows the same
answer to "what should I do today?".
"""

import datetime
from dataclasses import dataclass, field

OPPORTUNITY_STATUSES = (
    "wishlist",
    "applied",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
)
# The pipeline's end states: no follow-up or check-in after them.
ENDED_STATUSES = ("accepted", "rejected", "withdrawn")
# Ended without the job: the interviewers are worth staying in touch with.
CLOSED_WITHOUT_OFFER = ("rejected", "withdrawn")

INTERVIEW_FORMATS = ("phone", "video", "onsite")
TOUCH_KINDS = ("thank_you", "connection_request", "follow_up", "check_in", "stay_in_touch")
CHANNELS = ("email", "mail", "linkedin", "phone", "other")

AGENDA_KINDS = (
    "thank_you",
    "connection_request",
    "follow_up",
    "check_in",
    "stay_in_touch",
    "keep_searching",
)
AGENDA_STATES = ("overdue", "today", "upcoming")


@dataclass(frozen=True)
class Person:
    """A contact, as much of one as the plan needs."""

    id: int
    full_name: str
    first_name: str = ""
    preferred_channel: str = ""
    email: str = ""


@dataclass(frozen=True)
class Opportunity:
    """One job the user is pursuing."""

    id: int
    company: str
    role: str
    status: str
    created_on: datetime.date
    # The day the status last changed; an ended opportunity counts its stay-in-touch from it.
    status_changed_on: datetime.date | None = None
    applied_on: datetime.date | None = None


@dataclass(frozen=True)
class Interview:
    """One conversation in an opportunity, with who was in it and what they said about timing."""

    id: int
    opportunity_id: int
    on: datetime.date
    interviewer_ids: tuple[int, ...] = ()
    at: datetime.time | None = None
    stage: str = ""
    timeframe: str = ""
    # The date the decision is expected: given by the user, else read from `timeframe`.
    decide_by: datetime.date | None = None


@dataclass(frozen=True)
class Touch:
    """Something the user sent to a contact."""

    id: int
    contact_id: int
    kind: str
    channel: str
    sent_on: datetime.date
    interview_id: int | None = None
    opportunity_id: int | None = None


@dataclass(frozen=True)
class AgendaItem:
    """One thing due: who, what, when, why, and the draft that fits."""

    id: str
    kind: str
    due: datetime.date
    state: str
    why: str
    contact_id: int | None = None
    opportunity_id: int | None = None
    interview_id: int | None = None
    draft_kind: str | None = None
    # How to send it when that matters ("mail": post it by express mail, the same day).
    channel: str | None = None
    extra: dict = field(default_factory=dict)
