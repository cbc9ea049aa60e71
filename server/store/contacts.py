"""Contact queries: capture upsert, hand-made contacts, edits, search."""

from server.core.linkedin_url import normalize_profile_url
from server.core.names import split_name

from .db import write_transaction
from .models import Contact, Education, Position, utcnow
from .serialize import EDUCATION_FIELDS, POSITION_FIELDS, contact_to_dict
from .statements import contact_by_url, history_rows, save_changes
from .talking_points import refresh_derived_points

# Filled from the profile on every capture. What the user typed (email, phone, notes,
# preferred channel) is never among them.
PROFILE_FIELDS = ("full_name", "headline", "location", "about", "photo_url")


def capture_contact(profile: dict) -> tuple[dict, bool]:
    """Insert or refresh the contact a captured profile describes; return (contact, created)."""
    url = normalize_profile_url(profile["linkedin_url"])
    with write_transaction():
        contact = contact_by_url(url)
        created = contact is None
        if created:
            contact = Contact(linkedin_url=url)
        _apply_profile(contact, profile)
        contact.captured_at = contact.updated_at = utcnow()
        if created:
            contact.save()
        else:
            save_changes(contact)
        data = contact_to_dict(contact, with_details=False)
        for model, key in ((Position, "positions"), (Education, "education")):
            data[key] = _replace_history(contact, model, profile, key, created=created)
        data["talking_points"] = refresh_derived_points(contact, data)
    return data, created


def _apply_profile(contact: Contact, profile: dict) -> None:
    changes = {}
    # A partial capture (a section that had not loaded) must not blank what we already know.
    for field in (*PROFILE_FIELDS, "skills", "interests"):
        if profile.get(field):
            changes[field] = profile[field]
    if profile.get("full_name"):
        changes["first_name"], changes["last_name"] = split_name(profile["full_name"])
    positions = profile.get("positions") or []
    if positions:
        changes["current_title"] = positions[0].get("title") or ""
        changes["current_company"] = positions[0].get("company") or ""
    if profile.get("capture") is not None:
        changes["capture"] = profile["capture"]
    # Only what changed is written: most captures refresh a profile that is as it was.
    for field, value in changes.items():
        if getattr(contact, field) != value:
            setattr(contact, field, value)


def _replace_history(
    contact: Contact, model, profile: dict, key: str, *, created: bool
) -> list[dict]:
    """Store the captured positions (or education) in page order; return what is stored."""
    fields = POSITION_FIELDS if model is Position else EDUCATION_FIELDS
    rows = [{f: row.get(f) for f in fields} for row in profile.get(key) or []]
    complete = bool((profile.get("capture") or {}).get("complete"))
    if not created:
        stored = history_rows(model, fields, contact.id)
        # An empty section on an incomplete capture usually means it had not loaded yet.
        if rows == stored or (not rows and not complete):
            return stored
        model.delete().where(model.contact == contact).execute()
    if rows:
        model.insert_many(
            [{"contact": contact.id, "ordinal": i, **row} for i, row in enumerate(rows)]
        ).execute()
    return rows


def create_contact(data: dict) -> dict:
    """Add a contact typed in by hand (from a business card, say)."""
    with write_transaction():
        contact = Contact()
        _apply_edit(contact, data)
        contact.save()
        refresh_derived_points(contact)
    return contact_to_dict(contact)


def update_contact(contact_id: int, data: dict) -> dict | None:
    """Apply the user's edit to one contact; None when it does not exist."""
    with write_transaction():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            return None
        _apply_edit(contact, data)
        contact.updated_at = utcnow()
        contact.save()
        refresh_derived_points(contact)
    return contact_to_dict(contact)


def _apply_edit(contact: Contact, data: dict) -> None:
    if "linkedin_url" in data:
        url = data["linkedin_url"]
        contact.linkedin_url = normalize_profile_url(url) if url else None
    for field, value in data.items():
        if field != "linkedin_url":
            setattr(contact, field, "" if value is None else value)
    if "full_name" in data:
        contact.first_name, contact.last_name = split_name(contact.full_name)


def url_taken(url: str | None, *, exclude_id: int | None = None) -> bool:
    """Whether another contact already has this profile URL."""
    if not url:
        return False
    query = Contact.select().where(Contact.linkedin_url == normalize_profile_url(url))
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    return query.exists()


def get_contact(contact_id: int) -> dict | None:
    contact = Contact.get_or_none(Contact.id == contact_id)
    return None if contact is None else contact_to_dict(contact)


def delete_contact(contact_id: int) -> bool:
    with write_transaction():
        return Contact.delete().where(Contact.id == contact_id).execute() > 0


def search_contacts(q: str | None = None, company: str | None = None):
    """A query over contacts matching `q` (name, headline, company) and `company`, newest first."""
    query = Contact.select()
    # Every word must appear somewhere, so "jane acme" finds Jane at Acme.
    for word in (q or "").split():
        query = query.where(
            Contact.full_name.contains(word)
            | Contact.headline.contains(word)
            | Contact.current_company.contains(word)
            | Contact.id.in_(
                Position.select(Position.contact).where(Position.company.contains(word))
            )
        )
    if company:
        query = query.where(
            Contact.current_company.contains(company)
            | Contact.id.in_(
                Position.select(Position.contact).where(Position.company.contains(company))
            )
        )
    return query.order_by(Contact.updated_at.desc(), Contact.id.desc())
