"""Check and tidy one imported contact with the same rules the API applies to typed input."""

import re

from email_validator import EmailNotValidError, validate_email

from server.core.formats import CHANNELS, PARTIAL_DATE, PHONE, WEB_URL
from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url
from server.core.names import split_name
from server.core.talking_points import DISMISSED, MANUAL, TALKING_POINT_KINDS

# The API's limits.
# First and last names come before the full name made of them, so an error names their column.
TEXT_LIMITS = {
    "first_name": 200,
    "last_name": 200,
    "full_name": 200,
    "headline": 500,
    "location": 200,
    "about": 10_000,
    "current_title": 300,
    "current_company": 300,
    "notes": 20_000,
}
LIST_LIMITS = {"skills": (100, 200), "interests": (200, 200)}
POSITION_LIMITS = {"title": 300, "company": 300, "location": 200}
EDUCATION_LIMITS = {"school": 300, "degree": 300, "field": 300}
PROFILE_URL_LIMIT = 2000
MAX_POSITIONS, MAX_EDUCATION, MAX_TALKING_POINTS = 100, 50, 200


class RowError(ValueError):
    """One field of an imported row is unusable; `field` names it, the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def clean_contact(raw: dict) -> dict:
    """Return the contact `raw` describes, every field checked and trimmed; raise RowError."""
    contact = {field: _text(raw, field, limit) for field, limit in TEXT_LIMITS.items()}
    contact["linkedin_url"] = _profile_url(raw.get("linkedin_url") or "")
    contact["email"] = _email(_text(raw, "email", 254))
    contact["phone"] = _matching(raw, "phone", 50, PHONE, "Use digits, spaces and + ( ) - only.")
    contact["photo_url"] = _matching(
        raw, "photo_url", 2000, WEB_URL, "Must be an http:// or https:// URL."
    )
    contact["preferred_channel"] = _text(raw, "preferred_channel", 20).lower()
    if contact["preferred_channel"] not in CHANNELS:
        raise RowError("preferred_channel", f"Must be one of: {', '.join(CHANNELS[1:])}.")
    for field, (item_limit, max_items) in LIST_LIMITS.items():
        contact[field] = _text_list(raw, field, item_limit, max_items)
    contact["positions"] = _records(raw, "positions", MAX_POSITIONS, _position)
    contact["education"] = _records(raw, "education", MAX_EDUCATION, _education)
    contact["talking_points"] = _records(raw, "talking_points", MAX_TALKING_POINTS, _talking_point)
    contact["capture"] = raw.get("capture")
    contact["captured_at"] = raw.get("captured_at")
    contact["created_at"] = raw.get("created_at")
    _complete_names(contact)
    return contact


def _complete_names(contact: dict) -> None:
    first, last = contact["first_name"], contact["last_name"]
    if not contact["full_name"]:
        contact["full_name"] = " ".join(part for part in (first, last) if part)
    if not contact["full_name"]:
        raise RowError("full_name", "The contact has no name.")
    if not first and not last:
        contact["first_name"], contact["last_name"] = split_name(contact["full_name"])


def check_text(field: str, value, limit: int) -> str:
    """`value` trimmed, or RowError when it is too long, holds NUL, or is not valid Unicode."""
    text = "" if value is None else str(value)
    if "\x00" in text:
        raise RowError(field, "Must not contain NUL characters.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RowError(field, "Must be valid Unicode text.") from error
    text = text.strip()
    if len(text) > limit:
        raise RowError(field, f"Longer than {limit} characters.")
    return text


def _text(raw: dict, field: str, limit: int) -> str:
    return check_text(field, raw.get(field), limit)


def _matching(raw: dict, field: str, limit: int, pattern: re.Pattern, message: str) -> str:
    text = _text(raw, field, limit)
    if text and not pattern.match(text):
        raise RowError(field, message)
    return text


def _profile_url(value: str) -> str | None:
    text = check_text("linkedin_url", value, 2000)
    if not text:
        return None
    try:
        url = normalize_profile_url(text)
    except NotAProfileUrl as error:
        raise RowError("linkedin_url", str(error)) from error
    if len(url) > PROFILE_URL_LIMIT:
        raise RowError("linkedin_url", f"Longer than {PROFILE_URL_LIMIT} characters.")
    return url


def _email(text: str) -> str:
    if not text:
        return ""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise RowError("email", str(error)) from error


def _text_list(raw: dict, field: str, item_limit: int, max_items: int) -> list[str]:
    items = [check_text(field, item, item_limit) for item in raw.get(field) or []]
    items = [item for item in items if item]
    if len(items) > max_items:
        raise RowError(field, f"More than {max_items} items.")
    return items


def _records(raw: dict, field: str, max_items: int, clean) -> list[dict]:
    records = raw.get(field) or []
    if len(records) > max_items:
        raise RowError(field, f"More than {max_items} entries.")
    cleaned = []
    for number, record in enumerate(records, start=1):
        try:
            cleaned.append(clean(record))
        except RowError as error:
            raise RowError(field, f"Entry {number}, {error.field}: {error.message}") from error
    return cleaned


def _partial_date(record: dict, key: str) -> str | None:
    text = check_text(key, record.get(key), 7)
    if text and not PARTIAL_DATE.match(text):
        raise RowError(key, 'Use "YYYY" or "YYYY-MM".')
    return text or None


def _position(record: dict) -> dict:
    cleaned = {key: check_text(key, record.get(key), n) for key, n in POSITION_LIMITS.items()}
    cleaned.update(start=_partial_date(record, "start"), end=_partial_date(record, "end"))
    return cleaned


def _education(record: dict) -> dict:
    cleaned = {key: check_text(key, record.get(key), n) for key, n in EDUCATION_LIMITS.items()}
    if not cleaned["school"]:
        raise RowError("school", "The school is empty.")
    cleaned.update(start=_partial_date(record, "start"), end=_partial_date(record, "end"))
    return cleaned


def _talking_point(record: dict) -> dict:
    kind = check_text("kind", record.get("kind"), 20).lower()
    if kind not in TALKING_POINT_KINDS:
        raise RowError("kind", f"Must be one of: {', '.join(TALKING_POINT_KINDS)}.")
    text = check_text("text", record.get("text"), 1000)
    if not text:
        raise RowError("text", "The talking point is empty.")
    url = check_text("url", record.get("url"), 2000)
    if url and not WEB_URL.match(url):
        raise RowError("url", "Must be an http:// or https:// URL.")
    source = check_text("source", record.get("source"), 20).lower() or MANUAL
    if source not in (MANUAL, DISMISSED):
        raise RowError("source", f"Must be {MANUAL} or {DISMISSED}.")
    topic = check_text("topic", record.get("topic"), 1100) or None
    if source == DISMISSED and not topic:
        raise RowError("topic", "A dismissed point needs the topic it keeps from coming back.")
    return {"kind": kind, "text": text, "url": url, "source": source, "topic": topic}
