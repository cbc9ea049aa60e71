"""Read the dates contact files carry: LinkedIn's "12 Mar 2024", ISO dates and timestamps."""

import datetime

# LinkedIn has written "12 Mar 2024" for years; older exports and spreadsheets use the others.
DAY_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%b %d, %Y", "%B %d, %Y", "%m/%d/%Y")


def parse_day(text: str) -> datetime.date | None:
    """The calendar day `text` names, or None when it is not a date in a known form."""
    cleaned = " ".join(text.split())
    for form in DAY_FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, form).date()
        except ValueError:
            continue
    return None


def parse_timestamp(text: str) -> datetime.datetime:
    """A naive UTC datetime from an ISO 8601 timestamp such as "2026-11-28T23:23:39Z".

    Raises ValueError for anything else.
    """
    moment = datetime.datetime.fromisoformat(text.strip())
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC).replace(tzinfo=None)
    return moment
