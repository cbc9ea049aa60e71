"""Talking point queries: the user's own points, and recomputing the derived ones."""

import weakref

from server.core.talking_points import (
    DERIVED,
    DISMISSED,
    MANUAL,
    derive_talking_points,
    point_topic,
)

from .db import db, write_transaction
from .models import Contact, Me, TalkingPoint, utcnow
from .serialize import (
    contact_to_dict,
    me_to_dict,
    talking_point_to_dict,
    talking_points_to_dicts,
)
from .statements import talking_points_of


def load_me() -> Me:
    """The user's single profile row, created empty on first use."""
    me = Me.get_or_none(Me.id == 1)
    return me if me is not None else Me(id=1)


# Every capture compares against "me"; a copy saves reading and parsing the row each time.
# The copy is checked against the row's version, one indexed read, so it never outlives a
# change made by another thread or process. Keyed by database, as tests open many.
_me_cache: "weakref.WeakKeyDictionary[object, dict]" = weakref.WeakKeyDictionary()
_ME_VERSION = "SELECT version FROM me WHERE id = 1"


def current_me() -> dict:
    """The user's background as a dict with its `version`, read again only when it changed."""
    row = db.execute_sql(_ME_VERSION).fetchone()
    version = row[0] if row else 0
    cached = _me_cache.get(db.obj)
    if cached is None or cached["version"] != version:
        me = load_me()
        cached = _me_cache[db.obj] = {**me_to_dict(me), "version": me.version}
    return cached


def refresh_derived_points(
    contact: Contact, data: dict | None = None, me: dict | None = None
) -> list[dict]:
    """Replace the contact's derived points with what its profile shares with the user's.

    `data` is the contact as a dict with positions and education, when the caller has it.
    Called inside the caller's write transaction; manual points are never touched, and no
    point is derived on a topic the user edited or removed.
    Returns all of the contact's points, strongest first.
    """
    me = current_me() if me is None else me
    data = contact_to_dict(contact, with_details=True) if data is None else data
    if contact.derived_version != me["version"]:
        # Stamped with the "me" they come from, so a later change of it is seen (rederive.py).
        contact.derived_version = me["version"]
        Contact.update(derived_version=me["version"]).where(Contact.id == contact.id).execute()
        contact._dirty.discard("derived_version")
    points = talking_points_of(contact.id)
    derived = new_derived_points(me, data, taken_topics(points))
    # A re-capture of an unchanged profile derives the same points: keep the rows and their ids.
    if [_derived_key(p) for p in derived] == [
        _derived_key(p.__data__)
        for p in sorted(points, key=lambda p: p.ordinal)
        if p.source == DERIVED
    ]:
        return talking_points_to_dicts(points)
    TalkingPoint.delete().where(
        (TalkingPoint.contact == contact) & (TalkingPoint.source == DERIVED)
    ).execute()
    if derived:
        TalkingPoint.insert_many(derived_rows(contact.id, derived)).execute()
    return talking_points_to_dicts(talking_points_of(contact.id))


def new_derived_points(me: dict, contact: dict, taken: set[str]) -> list[dict]:
    """What the contact shares with the user, leaving out the `taken` topics."""
    derived = derive_talking_points(me, contact)
    return [point for point in derived if point_topic(point) not in taken]


def taken_topics(points) -> set[str]:
    """The topics of a contact's point rows that the user edited or removed."""
    return {point.topic for point in points if point.source != DERIVED and point.topic}


def derived_rows(contact_id: int, derived: list[dict]) -> list[dict]:
    """The talking_point rows for a contact's derived points, ranked in the order given."""
    now = utcnow()
    return [
        {
            "contact": contact_id,
            "kind": point["kind"],
            "text": point["text"],
            "url": point.get("url") or "",
            "source": DERIVED,
            "evidence": point.get("evidence"),
            "strength": point.get("strength"),
            "ordinal": rank,
            "topic": point_topic(point),
            "created_at": now,
            "updated_at": now,
        }
        for rank, point in enumerate(derived)
    ]


def _derived_key(point: dict) -> tuple:
    return (point["kind"], point["text"], point.get("evidence"), point.get("strength"))


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
            source=MANUAL,
        )
    return talking_point_to_dict(point)


def update_talking_point(point_id: int, data: dict) -> dict | None:
    """Edit a point; editing a derived one makes it the user's own, so it is kept from then on."""
    with write_transaction():
        point = _visible_point(point_id)
        if point is None:
            return None
        for field, value in data.items():
            setattr(point, field, "" if value is None else value)
        # Now the user's own, like any they add: what was derived about it no longer holds.
        # Its topic stays, so the point it was is not derived again beside it.
        point.source, point.evidence, point.strength = MANUAL, None, None
        point.updated_at = utcnow()
        point.save()
    return talking_point_to_dict(point)


def delete_talking_point(point_id: int) -> bool:
    """Remove a point. One with a topic is only put out of sight, so it is not derived again."""
    with write_transaction():
        point = _visible_point(point_id)
        if point is None:
            return False
        if point.topic:
            point.source = DISMISSED
            point.updated_at = utcnow()
            point.save()
        else:
            point.delete_instance()
        return True


def _visible_point(point_id: int) -> TalkingPoint | None:
    return TalkingPoint.get_or_none(
        (TalkingPoint.id == point_id) & (TalkingPoint.source != DISMISSED)
    )
