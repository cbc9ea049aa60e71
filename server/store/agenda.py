"""The agenda: everything the plan holds, read at once and handed to the rules.

Working it out reads every opportunity, interview and touch; at a large search's size that
is half a second. The plan only moves when a row does, so each answer is kept with a
fingerprint of the tables (row counts, the newest id, the latest change) and given again
while the fingerprint is the same. Any write, from this process or another (the CLI),
changes the fingerprint, so nothing stale is ever shown.
"""

import datetime
import threading

from server.core.calendar import agenda_calendar
from server.core.plan import build_agenda

from .db import db
from .plan import load_plan
from .plan_serialize import day

# Calendar feeds look this far ahead; overdue items sit on today.
CALENDAR_DAYS = 60
# A few answers are enough: today's agenda, the calendar, and a window or two.
KEPT = 8
FINGERPRINT_SQL = "SELECT " + ", ".join(
    f'(SELECT {aggregate} FROM "{table}")'
    for table, aggregates in (
        ("opportunity", ("count(*)", "max(id)", "max(updated_at)")),
        ("interview", ("count(*)", "max(id)", "max(updated_at)")),
        ("interview_interviewer", ("count(*)", "max(id)")),
        ("touch", ("count(*)", "max(id)")),
        # A contact's name or preferred channel shows in the items.
        ("contact", ("count(*)", "max(id)", "max(updated_at)")),
    )
    for aggregate in aggregates
)

_kept: dict[tuple, object] = {}
_lock = threading.Lock()


def plan_fingerprint() -> tuple:
    """What changes whenever a row the agenda reads is added, changed or removed."""
    return (id(db.obj), *db.execute_sql(FINGERPRINT_SQL).fetchone())


def _remembered(key: tuple, work):
    fingerprint = plan_fingerprint()
    with _lock:
        if _kept.get(key, (None,))[0] == fingerprint:
            return _kept[key][1]
    value = work()
    with _lock:
        if len(_kept) >= KEPT and key not in _kept:
            _kept.pop(next(iter(_kept)))
        _kept[key] = (fingerprint, value)
    return value


def agenda(today: datetime.date, days: int) -> dict:
    """What is due by `today` and in the `days` after it, in the agenda's JSON shape.

    The answer may be shared with other callers: read it, never change it.
    """
    return _remembered(("agenda", today, days), lambda: _agenda(today, days))


def calendar_feed(today: datetime.date, dashboard_url: str) -> bytes:
    """The agenda of the next CALENDAR_DAYS as iCalendar bytes."""

    def work():
        items = agenda(today, CALENDAR_DAYS)["items"]
        now = datetime.datetime.now(datetime.UTC)
        return agenda_calendar(items, today=today, now=now, dashboard_url=dashboard_url)

    return _remembered(("calendar", today, dashboard_url), work)


def _agenda(today: datetime.date, days: int) -> dict:
    plan = load_plan()
    people = {person.id: person for person in plan["people"]}
    opportunities = {opportunity.id: opportunity for opportunity in plan["opportunities"]}
    items = build_agenda(**plan, today=today, days=days)
    return {
        "today": day(today),
        "items": [agenda_item_to_dict(item, people, opportunities) for item in items],
    }


def agenda_item_to_dict(item, people: dict, opportunities: dict) -> dict:
    person = people.get(item.contact_id)
    opportunity = opportunities.get(item.opportunity_id)
    return {
        "id": item.id,
        "kind": item.kind,
        "due": day(item.due),
        "state": item.state,
        "why": item.why,
        "contact": None
        if person is None
        else {"id": person.id, "full_name": person.full_name, "first_name": person.first_name},
        "opportunity": None
        if opportunity is None
        else {
            "id": opportunity.id,
            "company": opportunity.company,
            "role": opportunity.role,
            "status": opportunity.status,
        },
        "interview_id": item.interview_id,
        "draft_kind": item.draft_kind,
        "channel": item.channel,
    }
