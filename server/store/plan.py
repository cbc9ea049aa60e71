"""The follow-up plan's rows: opportunities, their interviews and interviewers, and touches.

Each write is one transaction. Reads gather what they show in a few queries, never one per
row, so a pipeline of thousands of opportunities reads as fast as a handful.
"""

from collections import defaultdict

from server.core.plan import follow_up_on, read_timeframe
from server.core.plan import model as plan

from .board import ranked_ids, status_counts
from .db import db, write_transaction
from .models import Contact, Interview, InterviewInterviewer, Opportunity, Touch, utcnow
from .plan_serialize import interview_to_dict, opportunity_to_dict, person_to_dict, touch_to_dict
from .raw_rows import clock_of as _clock
from .raw_rows import day_of as _day
from .raw_rows import moment_of as _moment
from .raw_rows import rows as _rows
from .statements import rendered

PERSON_COLUMNS = (
    Contact.id,
    Contact.full_name,
    Contact.first_name,
    Contact.current_title,
    Contact.current_company,
    Contact.linkedin_url,
)
OPPORTUNITY_FIELDS = ("company", "role", "job_url", "status", "applied_on", "source", "notes")
INTERVIEW_FIELDS = ("on", "at", "stage", "format", "next_steps", "timeframe")


class UnknownReference(Exception):
    """A write names a row that does not exist; `field` is the input that named it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


# Opportunities ---------------------------------------------------------------------------


def list_opportunities(status: str | None = None) -> list[dict]:
    """Every opportunity (or those with `status`), newest first, with interviews and contacts."""
    query = Opportunity.select().order_by(Opportunity.created_at.desc(), Opportunity.id.desc())
    if status:
        query = query.where(Opportunity.status == status)
    return _opportunities_to_dicts(list(query), everything=not status)


def opportunity_columns(statuses: tuple[str, ...], shown: int | None) -> tuple[dict, dict]:
    """Per status its first `shown` opportunities (all when None) in full, newest first as
    `list_opportunities` orders them, and how many more each status holds.

    Only the opportunities returned are read with their interviews and contacts.
    """
    counts = status_counts()
    if shown is None:
        found = list_opportunities()
        ids = {s: [o["id"] for o in found if o["status"] == s] for s in statuses}
    else:
        ids = ranked_ids({status: (0, shown) for status in statuses})
        wanted = [i for column in ids.values() for i in column]
        query = Opportunity.select().where(Opportunity.id.in_(wanted))
        found = _opportunities_to_dicts(list(query)) if wanted else []
    by_id = {opportunity["id"]: opportunity for opportunity in found}
    columns = {status: [by_id[i] for i in ids[status]] for status in statuses}
    hidden = {status: counts.get(status, 0) - len(columns[status]) for status in statuses}
    return columns, hidden


def get_opportunity(opportunity_id: int) -> dict | None:
    opportunity = Opportunity.get_or_none(Opportunity.id == opportunity_id)
    if opportunity is None:
        return None
    return _opportunities_to_dicts([opportunity])[0]


def create_opportunity(data: dict) -> dict:
    with write_transaction():
        opportunity = Opportunity.create(**_typed(data, OPPORTUNITY_FIELDS))
    return opportunity_to_dict(opportunity, [], [])


def update_opportunity(opportunity_id: int, data: dict) -> dict | None:
    """Apply an edit; a change of status is dated, since the plan counts from it."""
    with write_transaction():
        opportunity = Opportunity.get_or_none(Opportunity.id == opportunity_id)
        if opportunity is None:
            return None
        now = utcnow()
        changes = _typed(data, OPPORTUNITY_FIELDS)
        if "status" in changes and changes["status"] != opportunity.status:
            opportunity.status_changed_at = now
        for field, value in changes.items():
            setattr(opportunity, field, value)
        opportunity.updated_at = now
        opportunity.save()
    return get_opportunity(opportunity_id)


def delete_opportunity(opportunity_id: int) -> bool:
    """Delete an opportunity with its interviews and their links; the contacts stay."""
    with write_transaction():
        return Opportunity.delete().where(Opportunity.id == opportunity_id).execute() > 0


def _typed(data: dict, fields: tuple[str, ...]) -> dict:
    # Text columns hold "" rather than NULL; dates and times keep their None.
    return {
        field: ("" if data[field] is None and field not in ("applied_on", "at") else data[field])
        for field in fields
        if field in data
    }


def _opportunities_to_dicts(opportunities: list, *, everything: bool = False) -> list[dict]:
    ids = [opportunity.id for opportunity in opportunities]
    if not ids:
        return []
    # The whole pipeline reads every interview at once rather than through a long IN list.
    interviews = _interviews_where(None if everything else Interview.opportunity.in_(ids))
    by_opportunity = defaultdict(list)
    for interview in interviews:
        by_opportunity[interview["opportunity_id"]].append(interview)
    touched = _touched_people(None if everything else Touch.opportunity.in_(ids))
    result = []
    for opportunity in opportunities:
        own = by_opportunity.get(opportunity.id, [])
        people = {}
        for interview in own:
            for person in interview["interviewers"]:
                people.setdefault(person["id"], person)
        for person in touched.get(opportunity.id, []):
            people.setdefault(person["id"], person)
        result.append(opportunity_to_dict(opportunity, own, list(people.values())))
    return result


def _touched_people(condition) -> dict[int, list[dict]]:
    """The contacts the user sent something about each opportunity, by opportunity id.

    Each contact once per opportunity, in the order of the first touch to them; the rows come
    from the raw cursor, as a pipeline holds tens of thousands of touches.
    """
    query = (
        Touch.select(Touch.opportunity, *PERSON_COLUMNS)
        .join(Contact)
        .where(Touch.opportunity.is_null(False))
        .order_by(Touch.sent_on, Touch.id)
    )
    if condition is not None:
        query = query.where(condition)
    people = defaultdict(dict)
    for opportunity_id, *person in _rows(query):
        if person[0] not in people[opportunity_id]:
            people[opportunity_id][person[0]] = person_to_dict(person)
    return {opportunity_id: list(found.values()) for opportunity_id, found in people.items()}


# Interviews ------------------------------------------------------------------------------


def interview_exists(interview_id: int) -> bool:
    return Interview.select().where(Interview.id == interview_id).exists()


def get_interview(interview_id: int) -> dict | None:
    found = _interviews_where(Interview.id == interview_id)
    return found[0] if found else None


def create_interview(opportunity_id: int, data: dict) -> dict | None:
    """Log an interview; None when the opportunity does not exist.

    Raises UnknownReference when an interviewer id names no contact.
    """
    with write_transaction():
        if not Opportunity.select().where(Opportunity.id == opportunity_id).exists():
            return None
        interview = Interview(opportunity=opportunity_id, **_typed(data, INTERVIEW_FIELDS))
        _set_decide_by(interview, data)
        interview.save()
        _link_interviewers(interview.id, data.get("interviewer_ids") or [])
    return get_interview(interview.id)


def update_interview(interview_id: int, data: dict) -> dict | None:
    """Apply an edit; new words for the timeframe are read again unless the user gave a date."""
    with write_transaction():
        interview = Interview.get_or_none(Interview.id == interview_id)
        if interview is None:
            return None
        for field, value in _typed(data, INTERVIEW_FIELDS).items():
            setattr(interview, field, value)
        _set_decide_by(interview, data)
        interview.updated_at = utcnow()
        interview.save()
        if "interviewer_ids" in data:
            InterviewInterviewer.delete().where(
                InterviewInterviewer.interview == interview_id
            ).execute()
            _link_interviewers(interview_id, data["interviewer_ids"] or [])
    return get_interview(interview_id)


def delete_interview(interview_id: int) -> bool:
    with write_transaction():
        return Interview.delete().where(Interview.id == interview_id).execute() > 0


def _set_decide_by(interview: Interview, data: dict) -> None:
    """A `decide_by` the user gives wins; null hands the date back to the timeframe's words."""
    if "decide_by" in data:
        interview.decide_by_given = data["decide_by"] is not None
        if interview.decide_by_given:
            interview.decide_by = data["decide_by"]
    if not interview.decide_by_given:
        interview.decide_by = read_timeframe(interview.timeframe or "", interview.on)


def _link_interviewers(interview_id: int, contact_ids: list[int]) -> None:
    wanted = list(dict.fromkeys(contact_ids))
    if not wanted:
        return
    known = {
        contact_id
        for (contact_id,) in Contact.select(Contact.id).where(Contact.id.in_(wanted)).tuples()
    }
    missing = [contact_id for contact_id in wanted if contact_id not in known]
    if missing:
        raise UnknownReference(
            "interviewer_ids", f"No such contact: {', '.join(map(str, missing))}."
        )
    InterviewInterviewer.insert_many(
        [
            {"interview": interview_id, "contact": contact_id, "ordinal": ordinal}
            for ordinal, contact_id in enumerate(wanted)
        ]
    ).execute()


def _interviews_where(condition) -> list[dict]:
    """Interviews matching `condition` (all when None), in date order, with interviewers.

    Read from the raw cursor: a model instance per row was most of a 6,000-interview pipeline.
    """
    query = Interview.select(
        Interview.id,
        Interview.opportunity,
        Interview.on,
        Interview.at,
        Interview.stage,
        Interview.format,
        Interview.next_steps,
        Interview.timeframe,
        Interview.decide_by,
        Interview.decide_by_given,
        Interview.created_at,
        Interview.updated_at,
    ).order_by(Interview.on, Interview.at, Interview.id)
    links = (
        InterviewInterviewer.select(InterviewInterviewer.interview, *PERSON_COLUMNS)
        .join(Contact)
        .switch(InterviewInterviewer)
        .join(Interview)
        .order_by(InterviewInterviewer.interview, InterviewInterviewer.ordinal)
    )
    if condition is not None:
        query, links = query.where(condition), links.where(condition)
    people = defaultdict(list)
    for interview_id, *person in _rows(links):
        people[interview_id].append(person_to_dict(person))
    found = []
    for row in _rows(query):
        interview = _InterviewRow(*row)
        interviewers = people.get(interview.id, [])
        found.append(
            interview_to_dict(
                interview, interviewers, follow_up_on(_plan_interview(interview, interviewers))
            )
        )
    return found


class _InterviewRow:
    """An interview's columns from the raw cursor, typed as the model would give them."""

    __slots__ = (
        "id",
        "opportunity_id",
        "on",
        "at",
        "stage",
        "format",
        "next_steps",
        "timeframe",
        "decide_by",
        "decide_by_given",
        "created_at",
        "updated_at",
    )

    def __init__(self, id, opportunity_id, on, at, stage, format, next_steps, timeframe,
                 decide_by, given, created_at, updated_at):  # fmt: skip
        self.id, self.opportunity_id = id, opportunity_id
        self.on, self.at, self.decide_by = _day(on), _clock(at), _day(decide_by)
        self.stage, self.format, self.next_steps = stage, format, next_steps
        self.timeframe, self.decide_by_given = timeframe, bool(given)
        self.created_at, self.updated_at = _moment(created_at), _moment(updated_at)


def _plan_interview(interview: Interview, interviewers: list[dict]) -> plan.Interview:
    return plan.Interview(
        id=interview.id,
        opportunity_id=interview.opportunity_id,
        on=interview.on,
        interviewer_ids=tuple(person["id"] for person in interviewers),
        at=interview.at,
        stage=interview.stage,
        timeframe=interview.timeframe,
        decide_by=interview.decide_by,
    )


# Touches ---------------------------------------------------------------------------------


def create_touch(data: dict) -> dict:
    """Record what the user sent; the interview's opportunity is filled in when not given.

    Raises UnknownReference naming the contact, interview or opportunity that does not exist.
    """
    with write_transaction():
        if not Contact.select().where(Contact.id == data["contact_id"]).exists():
            raise UnknownReference("contact_id", "No such contact.")
        opportunity_id = data.get("opportunity_id")
        interview_id = data.get("interview_id")
        if interview_id is not None:
            interview = Interview.get_or_none(Interview.id == interview_id)
            if interview is None:
                raise UnknownReference("interview_id", "No such interview.")
            if opportunity_id is not None and opportunity_id != interview.opportunity_id:
                raise UnknownReference(
                    "interview_id", "This interview belongs to another opportunity."
                )
            opportunity_id = interview.opportunity_id
        elif opportunity_id is not None:
            if not Opportunity.select().where(Opportunity.id == opportunity_id).exists():
                raise UnknownReference("opportunity_id", "No such opportunity.")
        touch = Touch.create(
            contact=data["contact_id"],
            interview=interview_id,
            opportunity=opportunity_id,
            kind=data["kind"],
            channel=data["channel"],
            sent_on=data["sent_on"],
            text=data.get("text") or "",
        )
    return touch_to_dict(touch)


def touches_of(contact_id: int) -> list[dict] | None:
    """What the user sent a contact, oldest first; None when the contact does not exist."""
    if not Contact.select().where(Contact.id == contact_id).exists():
        return None
    query = Touch.select().where(Touch.contact == contact_id).order_by(Touch.sent_on, Touch.id)
    return [touch_to_dict(touch) for touch in query]


# What a draft refers to ------------------------------------------------------------------


def interview_context(contact_id: int, interview_id: int | None = None) -> dict | None:
    """The interview a draft for this contact should refer to, as plain data, or None.

    The given interview, else the contact's latest. Its touches are what the user sent this
    contact about the same opportunity, oldest first. Every page that shows drafts asks this
    for each one, so its two reads are rendered once (`statements.rendered`).
    """
    if interview_id is not None:
        sql, _ = rendered("context_of_interview", lambda: _context_query(Interview.id == 0))
        found = db.execute_sql(sql, (interview_id,)).fetchone()
    else:
        sql, _ = rendered(
            "context_of_contact",
            lambda: (
                _context_query(InterviewInterviewer.contact == 0)
                .join(InterviewInterviewer, on=(InterviewInterviewer.interview == Interview.id))
                .order_by(Interview.on.desc(), Interview.id.desc())
                .limit(1)
            ),
        )
        found = db.execute_sql(sql, (contact_id, 1)).fetchone()
    if found is None:
        return None
    interview_id, on, stage, timeframe, decide_by, opportunity_id, company, role, status = found
    on, decide_by = _day(on), _day(decide_by)
    plain = plan.Interview(
        interview_id, opportunity_id, on, timeframe=timeframe, decide_by=decide_by
    )
    sql, _ = rendered(
        "context_touches",
        lambda: (
            Touch.select(Touch.kind, Touch.channel, Touch.sent_on)
            .where((Touch.contact == 0) & (Touch.opportunity == 0))
            .order_by(Touch.sent_on, Touch.id)
        ),
    )
    touches = db.execute_sql(sql, (contact_id, opportunity_id))
    return {
        "opportunity": {"id": opportunity_id, "company": company, "role": role, "status": status},
        "interview": {
            "id": interview_id,
            "on": on,
            "stage": stage,
            "timeframe": timeframe,
            "decide_by": decide_by,
            "follow_up_on": follow_up_on(plain),
        },
        "touches": [
            {"kind": kind, "channel": channel, "sent_on": _day(sent_on)}
            for kind, channel, sent_on in touches
        ],
    }


def _context_query(condition):
    columns = (Interview.id, Interview.on, Interview.stage, Interview.timeframe)
    opportunity = (Opportunity.id, Opportunity.company, Opportunity.role, Opportunity.status)
    return (
        Interview.select(*columns, Interview.decide_by, *opportunity)
        .join(Opportunity, on=(Interview.opportunity == Opportunity.id))
        .where(condition)
    )
