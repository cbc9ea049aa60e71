"""Rows from the raw cursor, and the column values SQLite gives as text made Python's own.

The plan reads thousands of rows at a time; peewee's per-row conversion was most of that
time, and only the date and time columns need converting.
"""

import datetime
from functools import lru_cache

from .db import db


def rows(query):
    """A peewee query's rows as the driver's tuples."""
    return db.execute_sql(*query.sql())


def day_of(value) -> datetime.date | None:
    """A date from a DATE or DATETIME column: SQLite gives text, PostgreSQL a date."""
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return _day_of_text(value[:10])


# A plan's tens of thousands of dates fall on a few hundred days.
@lru_cache(maxsize=8192)
def _day_of_text(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def moment_of(value) -> datetime.datetime | None:
    """A DATETIME column: SQLite gives text, PostgreSQL a datetime."""
    if value is None or isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.fromisoformat(value)


def clock_of(value) -> datetime.time | None:
    """A TIME column: SQLite gives text, PostgreSQL a time."""
    if value is None or isinstance(value, datetime.time):
        return value
    return datetime.time.fromisoformat(value)
