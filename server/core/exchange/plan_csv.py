"""The follow-up plan as CSV files beside contacts.csv: opportunities, interviews, touches.

Rows refer to each other by keys the export makes ("O12", "I40"), and to contacts by what
the contacts import matches them by: the profile URL, else "email:…", else "name:… | company".
"""

import csv
import datetime
import io
from dataclasses import dataclass

from server.core.formats import WEB_URL
from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url
from server.core.plan.model import CHANNELS, INTERVIEW_FORMATS, OPPORTUNITY_STATUSES, TOUCH_KINDS

from .cells import join_items, split_records, unguard_cell
from .dates import parse_timestamp
from .reader import UnreadableFile, _rows_with_lines, decode
from .writer import BOM, csv_lines

OPPORTUNITIES = "opportunities.csv"
INTERVIEWS = "interviews.csv"
TOUCHES = "touches.csv"

# (column, field, kind): kind says how the cell is read back.
COLUMNS = {
    OPPORTUNITIES: (
        ("Key", "key", "key"),
        ("Company", "company", "text"),
        ("Role", "role", "text"),
        ("Job URL", "job_url", "url"),
        ("Status", "status", OPPORTUNITY_STATUSES),
        ("Applied On", "applied_on", "day"),
        ("Source", "source", "text"),
        ("Notes", "notes", "text"),
        ("Status Changed At", "status_changed_at", "timestamp"),
        ("Created At", "created_at", "timestamp"),
        ("Updated At", "updated_at", "timestamp"),
    ),
    INTERVIEWS: (
        ("Key", "key", "key"),
        ("Opportunity", "opportunity", "key"),
        ("On", "on", "day"),
        ("At", "at", "time"),
        ("Stage", "stage", "text"),
        ("Format", "format", ("", *INTERVIEW_FORMATS)),
        ("Next Steps", "next_steps", "text"),
        ("Timeframe", "timeframe", "text"),
        ("Decide By", "decide_by", "day"),
        ("Decide By Given", "decide_by_given", "flag"),
        ("Interviewers", "interviewers", "contacts"),
        ("Created At", "created_at", "timestamp"),
    ),
    TOUCHES: (
        ("Contact", "contact", "contact"),
        ("Kind", "kind", TOUCH_KINDS),
        ("Channel", "channel", CHANNELS),
        ("Sent On", "sent_on", "day"),
        ("Interview", "interview", "key"),
        ("Opportunity", "opportunity", "key"),
        ("Text", "text", "text"),
        ("Created At", "created_at", "timestamp"),
    ),
}
REQUIRED = {OPPORTUNITIES: ("key", "company"), INTERVIEWS: ("key", "opportunity", "on"),
            TOUCHES: ("contact", "kind", "sent_on")}  # fmt: skip
TEXT_LIMIT = 20_000


def contact_key(url: str | None, email: str, full_name: str, company: str) -> str:
    """How a plan file names a contact: what the contacts import matches on, strongest first."""
    if url:
        return url
    if email:
        return f"email:{email.casefold()}"
    return f"name:{' '.join(full_name.split())} | {' '.join(company.split())}"


def plan_csv(name: str, rows: list[dict]) -> bytes:
    """One plan file: rows of plain values (text, dates, lists of contact keys) as CSV bytes."""
    columns = COLUMNS[name]
    lines = [[column for column, _, _ in columns]]
    for row in rows:
        lines.append([_cell(row.get(field), kind) for _, field, kind in columns])
    return (BOM + csv_lines(lines)).encode("utf-8")


def _cell(value, kind) -> str:
    if value is None or value == "":
        return ""
    if kind == "contacts":
        return join_items(list(value))
    if kind == "flag":
        return "yes" if value else ""
    if kind == "time":
        return value.strftime("%H:%M")
    if kind == "timestamp":
        return value.isoformat(timespec="seconds") + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@dataclass
class PlanRow:
    """One row of a plan file: its values read back, or why not; `line` is 1-based."""

    line: int
    values: dict | None = None
    error: str | None = None


def read_plan_csv(name: str, data: bytes) -> list[PlanRow]:
    """The rows of one plan file, each checked; raises UnreadableFile when it is not one."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = _rows_with_lines(reader)
    except UnreadableFile as error:
        raise UnreadableFile(f"{name}: {error.message}") from error
    columns = COLUMNS[name]
    if not rows or [unguard_cell(cell) for cell in rows[0][1]] != [c for c, _, _ in columns]:
        raise UnreadableFile(f"{name}: the header is not the one Segue writes.")
    parsed = []
    for line, cells in rows[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        try:
            parsed.append(PlanRow(line, _row(name, columns, cells)))
        except ValueError as error:
            parsed.append(PlanRow(line, error=f"{name}: {error}"))
    return parsed


def _row(name: str, columns, cells: list[str]) -> dict:
    if len(cells) != len(columns):
        raise ValueError(f"{len(cells)} cells, but the header has {len(columns)}.")
    values = {}
    for (column, field, kind), cell in zip(columns, cells, strict=True):
        try:
            values[field] = _value(unguard_cell(cell).strip(), kind)
        except ValueError as error:
            raise ValueError(f"{column}: {error}") from error
    for field in REQUIRED[name]:
        if not values[field]:
            column = next(c for c, f, _ in columns if f == field)
            raise ValueError(f"{column}: must not be empty.")
    return values


def _value(cell: str, kind):
    if "\x00" in cell or len(cell) > TEXT_LIMIT:
        raise ValueError("is not text Segue can keep.")
    if isinstance(kind, tuple):
        if cell not in kind:
            raise ValueError(f"must be one of: {', '.join(k for k in kind if k)}.")
        return cell
    if kind in ("text", "key", "contact"):
        return cell
    if kind == "url":
        if cell and not WEB_URL.match(cell):
            raise ValueError("must be an http:// or https:// URL.")
        return cell
    if kind == "contacts":
        return [record[0] for record in split_records(cell)]
    if kind == "flag":
        return cell.lower() in ("yes", "true", "1")
    if not cell:
        return None
    if kind == "day":
        day = datetime.date.fromisoformat(cell)
        if not 1900 <= day.year <= 2200:
            raise ValueError("must be between 1900 and 2200.")
        return day
    if kind == "time":
        return datetime.datetime.strptime(cell, "%H:%M").time()
    return parse_timestamp(cell)


def profile_url_of(key: str) -> str | None:
    """The normalized profile URL a contact key holds, or None when it names them otherwise."""
    if key.startswith(("email:", "name:")):
        return None
    try:
        return normalize_profile_url(key)
    except NotAProfileUrl:
        return None
