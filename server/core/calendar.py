"""The agenda as an iCalendar feed a calendar app subscribes to (RFC 5545)."""

import datetime

from icalendar import Alarm, Calendar, Event

from .agenda_words import item_summary

# Each item is a short slot in the morning of its day, local time wherever the calendar is.
START = datetime.time(9, 0)
LENGTH = datetime.timedelta(minutes=15)
UID_DOMAIN = "segue.local"
CALENDAR_END = b"END:VCALENDAR\r\n"


def agenda_calendar(
    items: list[dict], *, today: datetime.date, now, dashboard_url: str, event_ical=None
) -> bytes:
    """The items (the API's shape) as VEVENTs; an overdue one is placed on `today`.

    Times are floating (no time zone), so 09:00 is 09:00 where the user is. `now` stamps the
    feed; each UID comes from the item's id, so a refreshed feed updates events in place.
    `event_ical(item)` may give an event's bytes built earlier by `agenda_event` (a feed
    refreshed after one touch changes a handful of its events, not all 2,000).
    """
    if event_ical is None:

        def event_ical(item):
            return agenda_event(item, today=today, now=now, dashboard_url=dashboard_url)

    calendar = Calendar()
    calendar.add("prodid", "-//Segue//Follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Segue follow-ups")
    # The envelope and each event are serialised by icalendar (folding, escaping, CRLF); the
    # events go where its components would, before the closing line.
    envelope = calendar.to_ical()
    assert envelope.endswith(CALENDAR_END)
    events = b"".join(event_ical(item) for item in items)
    return envelope[: -len(CALENDAR_END)] + events + CALENDAR_END


def agenda_event(item: dict, *, today: datetime.date, now, dashboard_url: str) -> bytes:
    """One item as a VEVENT with its reminder, serialised."""
    due = event_day(item, today)
    start = datetime.datetime.combine(due, START)
    summary = item_summary(item)
    event = Event()
    event.add("uid", f"{item['id']}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", start + LENGTH)
    event.add("summary", summary)
    event.add("description", f"{item['why']}\n\nOpen Segue: {dashboard_url}")
    event.add("url", dashboard_url)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", datetime.timedelta(0))
    event.add_component(alarm)
    return event.to_ical()


def event_day(item: dict, today: datetime.date) -> datetime.date:
    """The day an item's event sits on: its due day, or today while it is overdue."""
    return max(datetime.date.fromisoformat(item["due"]), today)
