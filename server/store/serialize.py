"""Turn rows into the plain dicts that the API and `server.core` work with."""

from server.core.talking_points import DISMISSED, TALKING_POINT_KINDS

from .corrections import shown_profile_values
from .models import Contact, Education, Me, Position, TalkingPoint
from .statements import history_rows, talking_points_of

KIND_RANK = {kind: rank for rank, kind in enumerate(TALKING_POINT_KINDS)}
POSITION_FIELDS = ("title", "company", "start", "end", "location")
EDUCATION_FIELDS = ("school", "degree", "field", "start", "end")


def iso(value):
    return value.isoformat(timespec="seconds") + "Z" if value else None


def me_to_dict(me: Me) -> dict:
    return {
        "full_name": me.full_name,
        "headline": me.headline,
        "location": me.location,
        "account_type": me.account_type,
        "schools": me.schools or [],
        "employers": me.employers or [],
        "interests": me.interests or [],
        "updated_at": iso(me.updated_at),
    }


def talking_point_rank(point: TalkingPoint):
    """Strongest kind first; within a kind, the derived ranking, then oldest first."""
    kind = KIND_RANK.get(point.kind, len(KIND_RANK))
    return (kind, -(point.strength or 0), point.ordinal, point.id)


def talking_point_to_dict(point: TalkingPoint) -> dict:
    return {
        "id": point.id,
        "contact_id": point.contact_id,
        "kind": point.kind,
        "text": point.text,
        "url": point.url or None,
        "source": point.source,
        "evidence": point.evidence,
        "strength": point.strength,
        "created_at": iso(point.created_at),
        "updated_at": iso(point.updated_at),
    }


def contact_to_dict(contact: Contact, *, with_details: bool = True) -> dict:
    """A contact as plain data; `with_details` adds positions, education and talking points."""
    data = {
        "id": contact.id,
        "linkedin_url": contact.linkedin_url,
        "full_name": contact.full_name,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "headline": contact.headline,
        "location": contact.location,
        "about": contact.about,
        "photo_url": contact.photo_url,
        "current_title": contact.current_title,
        "current_company": contact.current_company,
        "skills": contact.skills or [],
        "interests": contact.interests or [],
        "capture": contact.capture,
        "email": contact.email,
        "phone": contact.phone,
        "notes": contact.notes,
        "preferred_channel": contact.preferred_channel,
        "captured_at": iso(contact.captured_at),
        "created_at": iso(contact.created_at),
        "updated_at": iso(contact.updated_at),
        "profile_values": shown_profile_values(contact.profile_values),
    }
    if with_details:
        data["positions"] = history_rows(Position, POSITION_FIELDS, contact.id)
        data["education"] = history_rows(Education, EDUCATION_FIELDS, contact.id)
        data["talking_points"] = talking_points_to_dicts(talking_points_of(contact.id))
    return data


def talking_points_to_dicts(points) -> list[dict]:
    """The talking points the user sees, strongest first."""
    shown = (point for point in points if point.source != DISMISSED)
    return [talking_point_to_dict(point) for point in sorted(shown, key=talking_point_rank)]
