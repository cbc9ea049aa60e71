"""The agenda as an iCalendar feed a calendar app subscribes to (RFC 5545)."""

import datetime

from icalendar import Alarm, Calendar, Event

from .agenda_words import item_summary

# Each item is a short slot in the morning of its day, local time wherever the calendar is.
START = datetime.time(9, 0)
LENGTH = datetime.timedelta(minutes=15)
UID_DOMAIN = "segue.local"


def agenda_calendar(items: list[dict], *, today: datetime.date, now, dashboard_url: str) -> bytes:
    """The items (the API's shape) as VEVENTs; an overdue one is placed on `today`.

    Times are floating (no time zone), so 09:00 is 09:00 where the user is. `now` stamps the
    feed; each UID comes from the item's id, so a refreshed feed updates events in place.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Segue//Follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Segue follow-ups")
    for item in items:
        due = max(datetime.date.fromisoformat(item["due"]), today)
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
        calendar.add_component(event)
    return calendar.to_ical()
