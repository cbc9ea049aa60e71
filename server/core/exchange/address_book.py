"""What the address-book formats (Google, Outlook, vCard) all make of a contact."""

from .notes import notes_with_points


def card_names(contact: dict) -> tuple[str, str]:
    """(first, last) to file the contact under; the full name as first when neither is known.

    A first name alone would lose the rest of a name nameparser could not split.
    """
    first, last = contact.get("first_name") or "", contact.get("last_name") or ""
    if not first and not last:
        first = contact.get("full_name") or ""
    return first, last


def card_notes(contact: dict) -> str:
    """The user's notes, with the contact's talking points listed below them."""
    return notes_with_points(contact.get("notes") or "", contact.get("talking_points") or [])
