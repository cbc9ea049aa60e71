"""Talking point queries: the user's own points, and recomputing the derived ones."""

from server.core.talking_points import derive_talking_points

from .db import write_transaction
from .models import Contact, Me, TalkingPoint, utcnow
from .serialize import contact_to_dict, me_to_dict, talking_point_to_dict


def load_me() -> Me:
    """The user's single profile row, created empty on first use."""
    me = Me.get_or_none(Me.id == 1)
    return me if me is not None else Me(id=1)


def refresh_derived_points(contact: Contact, me: dict | None = None) -> None:
    """Replace the contact's derived points with what its profile shares with the user's.

    Called inside the caller's write transaction; manual points are never touched.
    """
    me = me_to_dict(load_me()) if me is None else me
    derived = derive_talking_points(me, contact_to_dict(contact, with_details=True))
    TalkingPoint.delete().where(
        (TalkingPoint.contact == contact) & (TalkingPoint.source == "derived")
    ).execute()
    now = utcnow()
    if derived:
        TalkingPoint.insert_many(
            [
                {
                    "contact": contact.id,
                    "kind": point["kind"],
                    "text": point["text"],
                    "url": point.get("url") or "",
                    "source": "derived",
                    "evidence": point.get("evidence"),
                    "strength": point.get("strength"),
                    "ordinal": rank,
                    "created_at": now,
                    "updated_at": now,
                }
                for rank, point in enumerate(derived)
            ]
        ).execute()


def refresh_all_derived_points() -> None:
    """Recompute every contact's derived points, as after the user changes their background."""
    me = me_to_dict(load_me())
    for contact in Contact.select():
        refresh_derived_points(contact, me)


def list_talking_points(contact_id: int) -> list[dict] | None:
    contact = Contact.get_or_none(Contact.id == contact_id)
    return None if contact is None else contact_to_dict(contact)["talking_points"]


def add_talking_point(contact_id: int, data: dict) -> dict | None:
    """Add a manual point to a contact; None when the contact does not exist."""
    with write_transaction():
        if not Contact.select().where(Contact.id == contact_id).exists():
            return None
        point = TalkingPoint.create(
            contact=contact_id,
            kind=data["kind"],
            text=data["text"],
            url=data.get("url") or "",
            source="manual",
        )
    return talking_point_to_dict(point)


def get_talking_point(point_id: int) -> dict | None:
    point = TalkingPoint.get_or_none(TalkingPoint.id == point_id)
    return None if point is None else talking_point_to_dict(point)


def update_talking_point(point_id: int, data: dict) -> dict | None:
    """Edit a point; editing a derived one makes it the user's own, so it is kept from then on."""
    with write_transaction():
        point = TalkingPoint.get_or_none(TalkingPoint.id == point_id)
        if point is None:
            return None
        for field, value in data.items():
            setattr(point, field, "" if value is None else value)
        point.source = "manual"
        point.updated_at = utcnow()
        point.save()
    return talking_point_to_dict(point)


def delete_talking_point(point_id: int) -> bool:
    with write_transaction():
        return TalkingPoint.delete().where(TalkingPoint.id == point_id).execute() > 0
