"""Keyset paging through the contact list: the next page starts after the last row seen.

OFFSET makes the database count past every row before the page, so page 1,000 costs a
thousand times page 1. A cursor names the last row's place in the list's order (updated_at,
then id, both descending), and the index on (updated_at, id) finds the rows after it at once.
"""

import base64
import binascii
import datetime

from peewee import Tuple

from .models import Contact


class BadCursor(ValueError):
    """The `after` cursor is not one this server gave out."""


def cursor_after(contact: Contact) -> str:
    """The opaque cursor of the page that follows `contact`."""
    text = f"{contact.updated_at.isoformat()}|{contact.id}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def rows_after(query, cursor: str):
    """`query` (in the contact list's order) from the row after the one `cursor` names."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        stamp, _, contact_id = base64.urlsafe_b64decode(padded).decode().partition("|")
        updated_at, contact_id = datetime.datetime.fromisoformat(stamp), int(contact_id)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise BadCursor(cursor) from error
    return query.where(Tuple(Contact.updated_at, Contact.id) < Tuple(updated_at, contact_id))
