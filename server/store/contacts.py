"""Contact queries: capture upsert, hand-made contacts, edits, search."""

from peewee import SQL

from server.core.linkedin_url import normalize_profile_url
from server.core.names import split_name
from server.core.search import query_words, search_columns

from .corrections import CORRECTABLE_FIELDS, apply_typed, captured_changes, searched_profile_values
from .db import db, is_sqlite, write_transaction
from .models import Contact, Education, Position, utcnow
from .rederive import rederived
from .search_index import narrowing
from .serialize import EDUCATION_FIELDS, POSITION_FIELDS, contact_to_dict
from .statements import contact_by_id, contact_by_url, history_rows, save_changes
from .talking_points import current_me, refresh_derived_points

# Filled from the profile on every capture. What the user typed (email, phone, notes,
# preferred channel) is never among them.
PROFILE_FIELDS = ("full_name", "headline", "location", "about", "photo_url")
HISTORY = ((Position, "positions"), (Education, "education"))


def capture_contact(profile: dict) -> tuple[dict, bool]:
    """Insert or refresh the contact a captured profile describes; return (contact, created).

    A capture of a "Show all" page (`capture.details`) merges its one list into the contact;
    a list the page cut short (`capture.cut_short`) does not replace a longer one stored.
    """
    url = normalize_profile_url(profile["linkedin_url"])
    with write_transaction():
        contact = contact_by_url(url)
        created = contact is None
        if created:
            # Stamped as derived from the current "me", which it is a few lines down.
            contact = Contact(linkedin_url=url, derived_version=current_me()["version"])
        kept = _apply_profile(contact, profile)
        contact.captured_at = contact.updated_at = utcnow()
        history = {
            key: _captured_history(contact, model, profile, key, created=created)
            for model, key in HISTORY
        }
        kept |= {
            key
            for key, (rows, rewrite) in history.items()
            if not rewrite and len(rows) > len(profile.get(key) or [])
        }
        if profile.get("capture") is not None:
            _set_changed(contact, {"capture": _merged_meta(contact.capture, profile, kept)})
        positions, _ = history["positions"]
        refresh_search_columns(contact, [position["company"] for position in positions])
        if created:
            contact.save()
        else:
            save_changes(contact)
        data = contact_to_dict(contact, with_details=False)
        for model, key in HISTORY:
            rows, rewrite = history[key]
            if rewrite:
                _write_history(contact, model, rows, created=created)
            data[key] = rows
        data["talking_points"] = refresh_derived_points(contact, data)
    return data, created


def _keeps_stored(profile: dict, key: str, sent: list, stored: list) -> bool:
    """Whether the stored list outlives this capture's (shorter or absent) one."""
    meta = profile.get("capture") or {}
    details = meta.get("details")
    if details and details != key:
        return True
    if key in (meta.get("cut_short") or []) and len(stored) > len(sent):
        return True
    # An empty section on an incomplete capture usually means it had not loaded yet.
    return not sent and not meta.get("complete")


def _apply_profile(contact: Contact, profile: dict) -> set[str]:
    """Take the capture's profile fields; return the lists (skills, interests) left as stored."""
    changes = {}
    kept = set()
    details = (profile.get("capture") or {}).get("details")
    # A partial capture (a section that had not loaded) must not blank what we already know.
    for field in PROFILE_FIELDS:
        if profile.get(field) and not (details and field != "full_name"):
            changes[field] = profile[field]
    for field in ("skills", "interests"):
        sent, stored = profile.get(field) or [], getattr(contact, field) or []
        if sent and not _keeps_stored(profile, field, sent, stored):
            changes[field] = sent
        elif len(stored) > len(sent):
            kept.add(field)
    if profile.get("full_name"):
        # The page's own split wins: "Sri Lalitha" is one first name, "Alvarez Nowak" one last.
        first = profile.get("first_name")
        changes["first_name"], changes["last_name"] = (
            (first, profile.get("last_name") or "") if first else split_name(profile["full_name"])
        )
    positions = profile.get("positions") or []
    if positions:
        changes["current_title"] = positions[0].get("title") or ""
        changes["current_company"] = positions[0].get("company") or ""
    _set_changed(contact, captured_changes(contact, changes))
    return kept


def _merged_meta(stored: dict | None, profile: dict, kept: set[str]) -> dict:
    """The capture's description of itself, merged with what earlier captures filled in."""
    meta = dict(profile["capture"])
    stored = stored or {}
    details = meta.get("details")
    followed = profile.get("followed") or []
    if details:
        # One list in full: what the profile page cut short of it is now complete.
        merged = {
            **stored,
            "details_captured": sorted({*stored.get("details_captured", []), details}),
        }
        merged["missing"] = [f for f in stored.get("missing", []) if f != details]
        merged["cut_short"] = [f for f in stored.get("cut_short", []) if f != details]
        merged["complete"] = bool(stored) and not merged["missing"]
        if details == "interests" and followed:
            merged["followed"] = followed
        merged.pop("details", None)
        return merged
    # A list cut short here but stored in full from its details page is not missing.
    filled = {f for f in meta.get("cut_short", []) if f in kept}
    meta["missing"] = [f for f in meta.get("missing", []) if f not in filled]
    meta["complete"] = meta.get("complete", False) or (bool(filled) and not meta["missing"])
    if "details_captured" in stored:
        meta["details_captured"] = stored["details_captured"]
    if followed or stored.get("followed"):
        meta["followed"] = followed or stored["followed"]
    return meta


def _set_changed(contact: Contact, changes: dict) -> None:
    # Only what changed is written: most captures refresh a profile that is as it was.
    for field, value in changes.items():
        if getattr(contact, field) != value:
            setattr(contact, field, value)


def _captured_history(
    contact: Contact, model, profile: dict, key: str, *, created: bool
) -> tuple[list[dict], bool]:
    """What a capture leaves in the positions (or education), and whether to rewrite them."""
    fields = POSITION_FIELDS if model is Position else EDUCATION_FIELDS
    rows = [{f: row.get(f) for f in fields} for row in profile.get(key) or []]
    if created:
        return rows, bool(rows)
    stored = history_rows(model, fields, contact.id)
    if rows == stored or _keeps_stored(profile, key, rows, stored):
        return stored, False
    return rows, True


def _write_history(contact: Contact, model, rows: list[dict], *, created: bool) -> None:
    """Replace the contact's positions (or education) with `rows`, in page order."""
    if not created:
        model.delete().where(model.contact == contact).execute()
    if rows:
        model.insert_many(
            [{"contact": contact.id, "ordinal": i, **row} for i, row in enumerate(rows)]
        ).execute()


def refresh_search_columns(contact: Contact, past_companies: list[str]) -> None:
    """Refresh the folded texts that search finds the contact by (`server.core.search`).

    What is shown is searched, and so is what the profile says of a field the user corrected.
    """
    profile = searched_profile_values(contact)
    columns = search_columns(
        f"{contact.full_name} {profile['full_name']}",
        f"{contact.headline} {profile['headline']}",
        contact.current_company,
        [profile["current_company"], *past_companies],
    )
    _set_changed(contact, columns)


def companies_of(contact_id: int) -> list[str]:
    """The companies of a contact's stored positions, most recent first."""
    query = Position.select(Position.company).where(Position.contact == contact_id)
    return [company for (company,) in query.order_by(Position.ordinal).tuples()]


class ProfileUrlTaken(Exception):
    """Another contact already has this LinkedIn profile URL."""


def create_contact(data: dict) -> dict:
    """Add a contact typed in by hand (from a business card, say).

    Raises ProfileUrlTaken when another contact has its LinkedIn URL.
    """
    with write_transaction():
        _refuse_taken_url(data.get("linkedin_url"))
        contact = Contact(derived_version=current_me()["version"])
        _apply_edit(contact, data)
        refresh_search_columns(contact, [])
        contact.save()
        refresh_derived_points(contact)
    return contact_to_dict(contact)


def update_contact(contact_id: int, data: dict) -> dict | None:
    """Apply the user's edit to one contact; None when it does not exist.

    Raises ProfileUrlTaken when the edit gives it another contact's LinkedIn URL.
    """
    with write_transaction():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            return None
        _refuse_taken_url(data.get("linkedin_url"), exclude_id=contact_id)
        _apply_edit(contact, data)
        refresh_search_columns(contact, companies_of(contact_id))
        contact.updated_at = utcnow()
        contact.save()
        refresh_derived_points(contact)
    return contact_to_dict(contact)


def _apply_edit(contact: Contact, data: dict) -> None:
    if "linkedin_url" in data:
        url = data["linkedin_url"]
        contact.linkedin_url = normalize_profile_url(url) if url else None
    apply_typed(contact, data)
    for field, value in data.items():
        if field != "linkedin_url" and field not in CORRECTABLE_FIELDS:
            setattr(contact, field, "" if value is None else value)
    if "full_name" in data:
        contact.first_name, contact.last_name = split_name(contact.full_name)


def _refuse_taken_url(url: str | None, *, exclude_id: int | None = None) -> None:
    # Checked inside the write transaction, so no other writer can take the URL in between.
    if not url:
        return
    query = Contact.select().where(Contact.linkedin_url == normalize_profile_url(url))
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    if query.exists():
        raise ProfileUrlTaken(url)


def get_contact(contact_id: int) -> dict | None:
    """One contact with its details, its talking points derived from the current "me"."""
    contact = contact_by_id(contact_id)
    return None if contact is None else contact_to_dict(rederived(contact))


def delete_contact(contact_id: int) -> bool:
    with write_transaction():
        return Contact.delete().where(Contact.id == contact_id).execute() > 0


def search_conditions(q: str | None, company: str | None) -> list[tuple[str, list]] | None:
    """The SQL conditions (with their parameters) a contact must meet to be found.

    Words match `search_text` anywhere, `company` one company in `company_text`, both
    ignoring case and accents (`server.core.search`). None: nothing can be found.
    """
    words, company_words = query_words(q), query_words(company)
    if (q and q.strip() and not words) or (company and company.strip() and not company_words):
        # Nothing is found by symbols alone, rather than everyone.
        return None
    # Folded words are letters and digits only: nothing in them is a LIKE wildcard.
    like = "LIKE" if is_sqlite() else "ILIKE"
    # Every word must appear somewhere, so "jane acme" finds Jane at Acme.
    conditions = [(f'"search_text" {like} {db.param}', [f"%{word}%"]) for word in words]
    phrase = " ".join(company_words)
    if phrase:
        # One company must hold the whole phrase: "acme corp" is not Acme and Corp Inc.
        conditions.append((f'"company_text" {like} {db.param}', [f"%{phrase}%"]))
    index = narrowing(words, phrase)
    if index is not None:
        conditions.append(index)
    return conditions


def search_contacts(q: str | None = None, company: str | None = None):
    """A query over contacts matching `q` (name, headline, companies) and `company`, newest first.

    Both ignore case and accents: "jose" finds José, "ÉLODIE" finds Élodie.
    """
    query = Contact.select()
    conditions = search_conditions(q, company)
    if conditions is None:
        return query.where(SQL("1 = 0"))
    for sql, params in conditions:
        query = query.where(SQL(sql, params))
    return query.order_by(Contact.updated_at.desc(), Contact.id.desc())
