"""Talking points follow a change of "me" lazily: each contact's are re-derived when next read.

`PUT /api/me` writes the one me row and bumps its version, so it answers at once and holds
the write lock for a single row however many contacts there are. Each contact's derived
points carry the version of "me" they came from (`contact.derived_version`):

- a capture, an edit or an import derives a contact's points afresh, with the current "me";
- a read of one contact (its page, its talking points, its suggestions, a lint naming it)
  whose points are older than "me" re-derives that contact first, in a short write
  transaction of its own (about a millisecond);
- an export re-derives the older contacts of each chunk before writing it, a few contacts
  to a transaction.

So once the PUT has answered no read shows a point derived from the old "me", and no writer
ever waits for more than a few contacts' re-derivation. Contacts nobody reads keep their old
points in the table, marked as older, until they are read.
"""

from .db import write_transaction
from .models import Contact
from .talking_points import current_me, refresh_derived_points

# Contacts re-derived per transaction on an export: about 1 ms each, so a writer waiting
# behind one transaction waits some 20 ms.
REDERIVE_CHUNK = 20


def rederived(contact: Contact) -> Contact:
    """`contact` with derived points from the current "me", re-deriving them if they are older."""
    if contact.derived_version == current_me()["version"]:
        return contact
    with write_transaction():
        # Read again under the lock: a capture may have derived them meanwhile.
        fresh = Contact.get_or_none(Contact.id == contact.id)
        if fresh is not None and fresh.derived_version != current_me()["version"]:
            refresh_derived_points(fresh)
    return fresh if fresh is not None else contact


def rederive_between(first_id: int, last_id: int) -> None:
    """Re-derive the points of every contact from `first_id` to `last_id` older than "me"."""
    version = current_me()["version"]
    stale = [
        contact_id
        for (contact_id,) in Contact.select(Contact.id)
        .where(Contact.id.between(first_id, last_id) & (Contact.derived_version != version))
        .tuples()
    ]
    for start in range(0, len(stale), REDERIVE_CHUNK):
        ids = stale[start : start + REDERIVE_CHUNK]
        with write_transaction():
            version = current_me()["version"]
            for contact in Contact.select().where(
                Contact.id.in_(ids) & (Contact.derived_version != version)
            ):
                refresh_derived_points(contact)
