"""What the plan's rules read: opportunities, interviews, touches and contacts as plain data.

`load_plan()` reads everything. `load_plan(today)` reads only what can still put an item on
today's agenda (`core.plan.horizon`): the opportunities with an interview, decision, touch or
ending recent enough, every interview of those, their interviewers with every touch to them,
and the few facts of the whole pipeline that keep_searching reads, counted in SQL. A long
search's years of ended applications are left unread, and the rules give the same agenda
(`tests/server/test_agenda_horizon.py` holds the two to each other).
"""

import datetime
import threading
from collections import defaultdict

from peewee import fn

from server.core.plan import Pipeline
from server.core.plan import model as plan
from server.core.plan.horizon import ended_since, live_since, unread_timeframe_since
from server.core.plan.model import CLOSED_WITHOUT_OFFER
from server.core.plan.pipeline import NOT_ACTIVE_STATUSES, WAITING_STATUSES

from .models import Contact, Interview, InterviewInterviewer, Opportunity, Touch
from .raw_rows import clock_of, day_of, rows
from .statements import Prepared

OPPORTUNITY_COLUMNS = (
    Opportunity.id,
    Opportunity.company,
    Opportunity.role,
    Opportunity.status,
    Opportunity.created_at,
    Opportunity.status_changed_at,
    Opportunity.applied_on,
)


def load_plan(today: datetime.date | None = None, versions: tuple | None = None) -> dict:
    """The keyword arguments of `core.plan.build_agenda`: everything, or what `today` needs.

    With `versions` (`agenda.plan_fingerprint`) the live plan is kept: given again while the
    versions stand, caught up with the touches added since when those are all that changed
    and they are for opportunities already live, and read again after any other write. The
    pipeline's counts, which read only the opportunities, are kept while those stand.
    """
    if today is None:
        return _everything()
    return _live(today, versions)


def _everything() -> dict:
    involved = InterviewInterviewer.select(InterviewInterviewer.contact) | Touch.select(
        Touch.contact
    )
    return {
        "opportunities": _opportunities(rows(Opportunity.select(*OPPORTUNITY_COLUMNS))),
        "interviews": _interviews(rows(_interview_query()), rows(_link_query())),
        "touches": _touches(rows(_touch_query())),
        "people": _people(rows(_people_query().where(Contact.id.in_(involved)))),
    }


def _live_opportunities(since, ended, unread):
    """The opportunities that can still put an item on the agenda, as one UNION of indexed
    reads: `horizon` says why each part reaches as far back as it does."""
    interviews = Interview.select(Interview.opportunity)
    # A touch naming no opportunity answers the interview before it, whichever that is.
    touched_naming_none = (
        InterviewInterviewer.select(Interview.opportunity)
        .join(Interview)
        .switch(InterviewInterviewer)
        .join(Touch, on=(Touch.contact == InterviewInterviewer.contact))
        .where((Touch.sent_on >= since) & Touch.opportunity.is_null())
    )
    live = (
        # From the earliest day an ending can matter (`ended_since` is before `live_since`),
        # whatever the status: a superset of the interviews an item can come from, read by
        # one range of the index.
        interviews.where(Interview.on >= ended)
        | interviews.where(Interview.decide_by >= since)
        # Words the store could not read are read again by the rules, up to a year on.
        | interviews.where(
            Interview.decide_by.is_null() & (Interview.on >= unread) & (Interview.timeframe != "")
        )
        | Touch.select(Touch.opportunity).where(
            (Touch.sent_on >= since) & Touch.opportunity.is_null(False)
        )
        | touched_naming_none
        | Opportunity.select(Opportunity.id).where(
            Opportunity.status.in_(CLOSED_WITHOUT_OFFER) & (Opportunity.status_changed_at >= ended)
        )
    )
    return Opportunity.select(*OPPORTUNITY_COLUMNS).where(Opportunity.id.in_(live))


# The live plan's reads, each built once per database and shape (`Prepared`).
LIVE_OPPORTUNITIES = Prepared(_live_opportunities)
LIVE_INTERVIEWS = Prepared(lambda ids: _interview_query().where(Interview.opportunity.in_(ids)))
LIVE_LINKS = Prepared(lambda ids: _link_query().where(Interview.opportunity.in_(ids)))
LIVE_PEOPLE = Prepared(lambda people: _people_query().where(Contact.id.in_(people)))
LIVE_TOUCHES = Prepared(
    lambda people, ids: _touch_query().where(Touch.contact.in_(people) | Touch.opportunity.in_(ids))
)


def _live(today: datetime.date, versions: tuple | None) -> dict:
    if versions is None:
        return _read_live(today, None)[0]
    database, *tables = versions
    key, versions = (database, today), dict(tables)
    with _live_lock:
        kept = _kept_live.get(key)
        if kept is not None and kept.takes(versions):
            return kept.plan
        plan, last_touch = _read_live(today, (database, versions))
        _kept_live.clear()
        _kept_live[key] = _KeptLive(versions, plan, last_touch)
        return plan


def _read_live(today: datetime.date, versions: tuple | None) -> tuple[dict, int]:
    """The live plan, and the newest touch's id when it was read (read first: a touch added
    while the plan is read is then read again, and found already there)."""
    last_touch = rows(Touch.select(fn.MAX(Touch.id))).fetchone()[0] or 0
    opportunities = _opportunities(
        LIVE_OPPORTUNITIES.rows(
            since=live_since(today), ended=ended_since(today), unread=unread_timeframe_since(today)
        )
    )
    ids = [opportunity.id for opportunity in opportunities]
    interviews = _interviews(LIVE_INTERVIEWS.rows(ids=ids), LIVE_LINKS.rows(ids=ids)) if ids else []
    people = sorted({c for interview in interviews for c in interview.interviewer_ids})
    plan = {
        "opportunities": opportunities,
        "interviews": interviews,
        "touches": _touches(LIVE_TOUCHES.rows(people=people, ids=ids)) if ids else [],
        "people": _people(LIVE_PEOPLE.rows(people=people)) if people else [],
        "pipeline": _kept_pipeline(versions),
    }
    return plan, last_touch


_kept_live: dict = {}
_live_lock = threading.Lock()
NEW_TOUCHES = Prepared(lambda after: _touch_query().where(Touch.id > after[0]))


class _KeptLive:
    """The live plan last read, and what it was read at.

    Marking an item sent adds one touch, naming the item's opportunity: a touch for an
    opportunity already live changes which rows are live by nothing but itself, so it is
    added to the plan as it is; any other write means reading the plan again.
    """

    def __init__(self, versions: dict, plan: dict, last_touch: int):
        self.versions, self.plan, self.last_touch = versions, plan, last_touch
        self.ids = {opportunity.id for opportunity in plan["opportunities"]}

    def takes(self, versions: dict) -> bool:
        """Whether the plan is as it was, or catches up with touches added since."""
        changed = {name for name, version in versions.items() if self.versions.get(name) != version}
        if not changed:
            return True
        if changed != {"touch_added"}:
            return False
        added = _touches(NEW_TOUCHES.rows(after=[self.last_touch]))
        if not all(touch.opportunity_id in self.ids for touch in added):
            return False
        known = {touch.id for touch in self.plan["touches"]}
        touches = self.plan["touches"] + [t for t in added if t.id not in known]
        # A new dict: an answer worked out from the plan before may still be read.
        self.plan = {**self.plan, "touches": touches}
        self.last_touch = max([self.last_touch, *(t.id for t in added)])
        self.versions = versions
        return True


_pipelines: dict = {}


def _kept_pipeline(versions: tuple | None) -> Pipeline:
    """The pipeline's counts, kept against the database and the opportunities' versions."""
    if versions is None:
        return _pipeline()
    database, tables = versions
    key = (database, tables.get("opportunity"), tables.get("opportunity_added"))
    if key not in _pipelines:
        _pipelines.clear()
        _pipelines[key] = _pipeline()
    return _pipelines[key]


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
    accepted = Opportunity.select(Opportunity.status_changed_at).where(
        Opportunity.status == "accepted"
    )
    return Pipeline(
        active=sum(n for status, n in counts.items() if status not in NOT_ACTIVE_STATUSES),
        accepted_on=_accepted_on(accepted) if counts.get("accepted") else None,
        latest=next(iter(_opportunities(rows(latest.limit(1)))), None),
        latest_waiting=next(iter(_opportunities(rows(waiting.limit(1)))), None),
    )


def _accepted_on(accepted) -> datetime.date:
    """As `pipeline.accepted_on`: the latest day, or date.max when one day is unknown."""
    unknown = rows(accepted.where(Opportunity.status_changed_at.is_null()).limit(1)).fetchone()
    latest = rows(accepted.order_by(Opportunity.status_changed_at.desc()).limit(1)).fetchone()
    return datetime.date.max if unknown else day_of(latest[0])


def _opportunities(found) -> list[plan.Opportunity]:
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
        for opportunity_id, company, role, status, created_at, changed_at, applied_on in found
    ]


def _link_query():
    return (
        InterviewInterviewer.select(InterviewInterviewer.interview, InterviewInterviewer.contact)
        .join(Interview)
        .order_by(InterviewInterviewer.interview, InterviewInterviewer.ordinal)
    )


def _interview_query():
    return Interview.select(
        Interview.id,
        Interview.opportunity,
        Interview.on,
        Interview.at,
        Interview.stage,
        Interview.timeframe,
        Interview.decide_by,
    )


def _interviews(found, links) -> list[plan.Interview]:
    interviewers = defaultdict(list)
    for interview_id, contact_id in links:
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
        for interview_id, opportunity_id, on, at, stage, timeframe, decide_by in found
    ]


def _touch_query():
    return Touch.select(
        Touch.id,
        Touch.contact,
        Touch.kind,
        Touch.channel,
        Touch.sent_on,
        Touch.interview,
        Touch.opportunity,
    )


def _touches(found) -> list[plan.Touch]:
    return [
        plan.Touch(touch_id, contact_id, kind, channel, day_of(sent_on), interview_id, opportunity)
        for touch_id, contact_id, kind, channel, sent_on, interview_id, opportunity in found
    ]


def _people_query():
    return Contact.select(
        Contact.id,
        Contact.full_name,
        Contact.first_name,
        Contact.preferred_channel,
        Contact.email,
    )


def _people(found) -> list[plan.Person]:
    return [plan.Person(*row) for row in found]
