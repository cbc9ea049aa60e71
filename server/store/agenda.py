"""The agenda: what the plan's live rows say is due, kept while nothing changes.

Working it out reads only the rows that can still put an item on the agenda (`plan_load`);
the answer is kept against the plan's version, which the database moves on with every write
to those tables (migration 0007), and given again while the version is the same. A write
from this process or another (the CLI) moves it, so nothing stale is ever shown.
"""

import datetime
import json
import threading

from server.core.calendar import agenda_calendar, agenda_event, event_day
from server.core.plan import agenda_after_touches, build_agenda

from .db import database_key, db
from .plan_load import load_plan
from .plan_serialize import day

# Calendar feeds look this far ahead; overdue items sit on today.
CALENDAR_DAYS = 60
# A few answers are enough: today's agenda (as data and as JSON), the calendar, a window or two.
KEPT = 12
# Kept by triggers (migration 0007): each moves on with every write to its table.
VERSIONS_SQL = "SELECT name, version FROM plan_change ORDER BY name"

_kept: dict[tuple, object] = {}
_lock = threading.Lock()


def plan_fingerprint() -> tuple:
    """What changes whenever a row the agenda reads is added, changed or removed: the
    database, and each table's version."""
    return (database_key(), *db.execute_sql(VERSIONS_SQL).fetchall())


def _remembered(key: tuple, work, fingerprint: tuple | None = None):
    """The answer kept for `key` while the plan is unchanged, else `work(fingerprint)`."""
    if fingerprint is None:
        fingerprint = plan_fingerprint()
    with _lock:
        if _kept.get(key, (None,))[0] == fingerprint:
            return _kept[key][1]
    value = work(fingerprint)
    with _lock:
        if len(_kept) >= KEPT and key not in _kept:
            _kept.pop(next(iter(_kept)))
        _kept[key] = (fingerprint, value)
    return value


def agenda(today: datetime.date, days: int, fingerprint: tuple | None = None) -> dict:
    """What is due by `today` and in the `days` after it, in the agenda's JSON shape.

    The answer may be shared with other callers: read it, never change it.
    """
    return _remembered(
        ("agenda", today, days), lambda versions: _agenda(today, days, versions), fingerprint
    )


def agenda_json(today: datetime.date, days: int) -> bytes:
    """`agenda` as UTF-8 JSON: encoding the items again for every poll cost more than
    reading the version."""
    return _remembered(
        ("agenda-json", today, days),
        lambda version: json.dumps(agenda(today, days, version), ensure_ascii=False).encode(),
    )


def calendar_feed(today: datetime.date, dashboard_url: str) -> bytes:
    """The agenda of the next CALENDAR_DAYS as iCalendar bytes."""

    def work(version):
        items = agenda(today, CALENDAR_DAYS, version)["items"]
        events = _EventsKept(today, datetime.datetime.now(datetime.UTC), dashboard_url)
        body = agenda_calendar(
            items, today=today, now=events.now, dashboard_url=dashboard_url, event_ical=events
        )
        events.keep()
        return body

    return _remembered(("calendar", today, dashboard_url), work)


# Each event's bytes, by everything that shows in it, from the last feed built.
_events: dict[tuple, bytes] = {}


class _EventsKept:
    """Events as the last feed built them, when nothing they show has changed.

    Building and folding an event is most of a feed's time, and a touch changes only the few
    events of its contact; the rest are the same bytes as before. An event kept keeps the
    DTSTAMP of when it was built, which RFC 5545 allows: that is when this instance of it
    was made. Only the last feed's events are kept.
    """

    def __init__(self, today: datetime.date, now, dashboard_url: str):
        self.today, self.now, self.dashboard_url = today, now, dashboard_url
        self.used: dict[tuple, bytes] = {}

    def __call__(self, item: dict) -> bytes:
        contact, opportunity = item["contact"], item["opportunity"]
        key = (
            item["id"],
            item["kind"],
            event_day(item, self.today),
            item["why"],
            contact and contact["full_name"],
            opportunity and opportunity["company"],
            self.dashboard_url,
        )
        event = _events.get(key)
        if event is None:
            event = agenda_event(
                item, today=self.today, now=self.now, dashboard_url=self.dashboard_url
            )
        self.used[key] = event
        return event

    def keep(self) -> None:
        with _lock:
            _events.clear()
            _events.update(self.used)


def _agenda(today: datetime.date, days: int, versions: tuple) -> dict:
    plan = load_plan(today, versions)
    people = {person.id: person for person in plan["people"]}
    opportunities = {opportunity.id: opportunity for opportunity in plan["opportunities"]}
    items = _items(plan, today, days, versions[0])
    return {
        "today": day(today),
        "items": [agenda_item_to_dict(item, people, opportunities) for item in items],
    }


# The items last worked out for each window, with the plan they came from.
_worked_out: dict[tuple, tuple] = {}


def _items(plan: dict, today: datetime.date, days: int, database: int) -> list:
    """The plan's items: after touches only were added to the kept live plan (its
    opportunities the very list the last items came from), only what they can change is
    worked out again (`core.plan.agenda_after_touches`); otherwise all of it."""
    key = (database, today, days)
    touches = plan["touches"]
    newest = max((touch.id for touch in touches), default=0)
    with _lock:
        before = _worked_out.get(key)
    if before is not None and before[0] is plan["opportunities"]:
        added = [touch for touch in touches if touch.id > before[1]]
        items = (
            agenda_after_touches(before[2], added, **plan, today=today, days=days)
            if added
            else before[2]
        )
    else:
        items = build_agenda(**plan, today=today, days=days)
    with _lock:
        if len(_worked_out) >= KEPT and key not in _worked_out:
            _worked_out.pop(next(iter(_worked_out)))
        _worked_out[key] = (plan["opportunities"], newest, items)
    return items


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
