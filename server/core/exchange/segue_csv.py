"""Segue's own CSV: every field it holds, lists one item a line, readable and read back whole."""

from operator import itemgetter

from server.core.json_limits import JsonOverLimits, load_json
from server.core.talking_points import DERIVED

from .cells import join_items, join_records, split_records
from .dates import parse_timestamp
from .validate import RowError

POSITION_KEYS = ("title", "company", "start", "end", "location")
EDUCATION_KEYS = ("school", "degree", "field", "start", "end")
POINT_KEYS = ("kind", "text", "url", "source", "topic")

# (column, field): plain text fields first, the way a person reads a contact card.
TEXT_COLUMNS = (
    ("LinkedIn URL", "linkedin_url"),
    ("Full Name", "full_name"),
    ("First Name", "first_name"),
    ("Last Name", "last_name"),
    ("Headline", "headline"),
    ("Current Title", "current_title"),
    ("Current Company", "current_company"),
    ("Location", "location"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Preferred Channel", "preferred_channel"),
    ("Notes", "notes"),
    ("About", "about"),
    ("Photo URL", "photo_url"),
)
LIST_COLUMNS = (("Skills", "skills"), ("Interests", "interests"))
RECORD_COLUMNS = (
    ("Positions (title | company | start | end | location)", "positions", POSITION_KEYS),
    ("Education (school | degree | field | start | end)", "education", EDUCATION_KEYS),
    ("Talking Points (kind | text | url | source | topic)", "talking_points", POINT_KEYS),
)
# Columns as earlier versions named them, still read: {field: column}.
EARLIER_COLUMNS = {"talking_points": "Talking Points (kind | text | url | source)"}
TIME_COLUMNS = (
    ("Captured At", "captured_at"),
    ("Created At", "created_at"),
    ("Updated At", "updated_at"),
)
CAPTURE_COLUMN = "Capture (JSON)"

HEADER = [
    *(column for column, _ in TEXT_COLUMNS),
    *(column for column, _ in LIST_COLUMNS),
    *(column for column, _, _ in RECORD_COLUMNS),
    *(column for column, _ in TIME_COLUMNS),
    CAPTURE_COLUMN,
]
SIGNATURE = {"LinkedIn URL", "Full Name", "Preferred Channel"}
COLUMN_OF = (
    {field: column for column, field in (*TEXT_COLUMNS, *LIST_COLUMNS, *TIME_COLUMNS)}
    | {field: column for column, field, _ in RECORD_COLUMNS}
    | {"capture": CAPTURE_COLUMN}
)


def contact_to_row(contact: dict) -> list[str]:
    """One CSV row (unguarded cells) for a contact in the export's shape (see `writer`)."""
    return [
        *_text_cells(contact),
        *[join_items(contact[field]) for _, field in LIST_COLUMNS],
        *[join_records(contact[field]) for _, field, _ in RECORD_COLUMNS],
        *_time_cells(contact),
        contact["capture"],
    ]


# Each picks its fields in one call: a large export runs this for 100,000 contacts.
_text_cells = itemgetter(*(field for _, field in TEXT_COLUMNS))
_time_cells = itemgetter(*(field for _, field in TIME_COLUMNS))


def row_to_contact(cells: dict[str, str]) -> dict:
    """The raw contact a Segue CSV row describes, for `clean_contact` to check."""
    raw = {field: cells.get(column, "") for column, field in TEXT_COLUMNS}
    for column, field in LIST_COLUMNS:
        raw[field] = [record[0] for record in split_records(cells.get(column, ""))]
    for column, field, keys in RECORD_COLUMNS:
        text = cells.get(column) or cells.get(EARLIER_COLUMNS.get(field, ""), "")
        raw[field] = _read_records(field, keys, text)
    # Derived points are worked out again from the profile; the user's own, and the user's
    # removals of derived ones, are kept.
    raw["talking_points"] = [p for p in raw["talking_points"] if p["source"] != DERIVED]
    for column, field in TIME_COLUMNS[:2]:
        raw[field] = _timestamp(field, cells.get(column, ""))
    raw["capture"] = _capture(cells.get(CAPTURE_COLUMN, ""))
    return raw


def _read_records(field: str, keys: tuple, text: str) -> list[dict]:
    records = []
    for number, record in enumerate(split_records(text), start=1):
        if len(record) > len(keys):
            raise RowError(field, f"Entry {number} has more than {len(keys)} fields.")
        records.append(dict(zip(keys, record + [""] * (len(keys) - len(record)), strict=True)))
    return records


def _timestamp(field: str, text: str):
    if not text.strip():
        return None
    try:
        return parse_timestamp(text)
    except ValueError as error:
        raise RowError(field, 'Use an ISO time such as "2026-03-12T09:30:00Z".') from error


def _capture(text: str):
    if not text.strip():
        return None
    try:
        value = load_json(text)
    except JsonOverLimits as error:
        raise RowError("capture", error.message) from error
    if not isinstance(value, dict):
        raise RowError("capture", "Must be a JSON object.")
    return value
