"""What the plan's rules read: opportunities, interviews, touches and contacts as plain data.

`load_plan()` reads everything. `load_plan(today)` reads only what can still put an item on
today's agenda (`core.plan.horizon`): the opportunities with an interview, decision, touch or
ending recent enough, every interview of those, their interviewers with every touch to them,
and the few facts of the whole pipeline that keep_searching reads, counted in SQL. A long
search's years of ended applications are left unread, and the rules give the same agenda
(`tests/server/test_agenda_horizon.py` holds the two to each other).
"""

import datetime
from collections import defaultdict

from peewee import fn

from server.core.plan import Pipeline
from server.core.plan import model as plan
from server.core.plan.horizon import ended_since, live_since, unread_timeframe_since
from server.core.plan.model import CLOSED_WITHOUT_OFFER
from server.core.plan.pipeline import NOT_ACTIVE_STATUSES, WAITING_STATUSES

from .models import Contact, Interview, InterviewInterviewer, Opportunity, Touch
from .raw_rows import clock_of, day_of, rows

OPPORTUNITY_COLUMNS = (
    Opportunity.id,
    Opportunity.company,
    Opportunity.role,
    Opportunity.status,
    Opportunity.created_at,
    Opportunity.status_changed_at,
    Opportunity.applied_on,
)


def load_plan(today: datetime.date | None = None) -> dict:
    """The keyword arguments of `core.plan.build_agenda`: everything, or what `today` needs."""
    if today is None:
        return _everything()
    return _live(today)


def _everything() -> dict:
    involved = InterviewInterviewer.select(InterviewInterviewer.contact) | Touch.select(
        Touch.contact
    )
    return {
        "opportunities": _opportunities(Opportunity.select(*OPPORTUNITY_COLUMNS)),
        "interviews": _interviews(None),
        "touches": _touches(None),
        "people": _people(Contact.id.in_(involved)),
    }


def _live(today: datetime.date) -> dict:
    since, ended = live_since(today), ended_since(today)
    recent_interviews = Interview.select(Interview.opportunity).where(
        (Interview.on >= since)
        | (Interview.decide_by >= since)
        # Words the store could not read are read again by the rules, up to a year on.
        | (
            Interview.decide_by.is_null()
            & (Interview.timeframe != "")
            & (Interview.on >= unread_timeframe_since(today))
        )
    )
    touches_naming = Touch.select(Touch.opportunity).where(
        (Touch.sent_on >= since) & Touch.opportunity.is_null(False)
    )
    # A touch naming no opportunity answers the interview before it, whichever that is.
    touches_naming_none = (
        InterviewInterviewer.select(Interview.opportunity)
        .join(Interview)
        .switch(InterviewInterviewer)
        .join(Touch, on=(Touch.contact == InterviewInterviewer.contact))
        .where((Touch.sent_on >= since) & Touch.opportunity.is_null())
    )
    ended_lately = Opportunity.status.in_(CLOSED_WITHOUT_OFFER) & (
        (Opportunity.status_changed_at >= ended)
        | Opportunity.id.in_(Interview.select(Interview.opportunity).where(Interview.on >= ended))
    )
    live = (
        Opportunity.id.in_(recent_interviews)
        | Opportunity.id.in_(touches_naming)
        | Opportunity.id.in_(touches_naming_none)
        | ended_lately
    )
    opportunities = _opportunities(Opportunity.select(*OPPORTUNITY_COLUMNS).where(live))
    live_ids = [opportunity.id for opportunity in opportunities]
    interviews = _interviews(Interview.opportunity.in_(live_ids)) if live_ids else []
    people_ids = sorted({c for interview in interviews for c in interview.interviewer_ids})
    touched = Touch.contact.in_(people_ids) | Touch.opportunity.in_(live_ids)
    return {
        "opportunities": opportunities,
        "interviews": interviews,
        "touches": _touches(touched) if live_ids else [],
        "people": _people(Contact.id.in_(people_ids)) if people_ids else [],
        "pipeline": _pipeline(),
    }


def _pipeline() -> Pipeline:
    """`core.plan.summarise_pipeline` of every opportunity, counted by the database."""
    counts = dict(
        rows(
            Opportunity.select(Opportunity.status, fn.COUNT(Opportunity.id)).group_by(
                Opportunity.status
            )
        )
    )
    # As `pipeline.added_on`: the day applied, else the day added.
    added_on = fn.COALESCE(Opportunity.applied_on, fn.DATE(Opportunity.created_at))
    latest = Opportunity.select(*OPPORTUNITY_COLUMNS).order_by(
        added_on.desc(), Opportunity.id.desc()
    )
    waiting = latest.where(Opportunity.status.in_(WAITING_STATUSES))
    return Pipeline(
        active=sum(n for status, n in counts.items() if status not in NOT_ACTIVE_STATUSES),
        accepted=bool(counts.get("accepted")),
        latest=next(iter(_opportunities(latest.limit(1))), None),
        latest_waiting=next(iter(_opportunities(waiting.limit(1))), None),
    )


def _opportunities(query) -> list[plan.Opportunity]:
    return [
        plan.Opportunity(
            id=opportunity_id,
            company=company,
            role=role,
            status=status,
            created_on=day_of(created_at),
            status_changed_on=day_of(changed_at),
            applied_on=day_of(applied_on),
        )
        for opportunity_id, company, role, status, created_at, changed_at, applied_on in rows(
            query
        )
    ]


def _interviews(condition) -> list[plan.Interview]:
    links = (
        InterviewInterviewer.select(InterviewInterviewer.interview, InterviewInterviewer.contact)
        .join(Interview)
        .order_by(InterviewInterviewer.interview, InterviewInterviewer.ordinal)
    )
    query = Interview.select(
        Interview.id,
        Interview.opportunity,
        Interview.on,
        Interview.at,
        Interview.stage,
        Interview.timeframe,
        Interview.decide_by,
    )
    if condition is not None:
        links, query = links.where(condition), query.where(condition)
    interviewers = defaultdict(list)
    for interview_id, contact_id in rows(links):
        interviewers[interview_id].append(contact_id)
    return [
        plan.Interview(
            id=interview_id,
            opportunity_id=opportunity_id,
            on=day_of(on),
            interviewer_ids=tuple(interviewers.get(interview_id, ())),
            at=clock_of(at),
            stage=stage,
            timeframe=timeframe,
            decide_by=day_of(decide_by),
        )
        for interview_id, opportunity_id, on, at, stage, timeframe, decide_by in rows(query)
    ]


def _touches(condition) -> list[plan.Touch]:
    query = Touch.select(
        Touch.id,
        Touch.contact,
        Touch.kind,
        Touch.channel,
        Touch.sent_on,
        Touch.interview,
        Touch.opportunity,
    )
    if condition is not None:
        query = query.where(condition)
    return [
        plan.Touch(touch_id, contact_id, kind, channel, day_of(sent_on), interview_id, opportunity)
        for touch_id, contact_id, kind, channel, sent_on, interview_id, opportunity in rows(query)
    ]


def _people(condition) -> list[plan.Person]:
    query = Contact.select(
        Contact.id,
        Contact.full_name,
        Contact.first_name,
        Contact.preferred_channel,
        Contact.email,
    ).where(condition)
    return [plan.Person(*row) for row in rows(query)]
