"""The agenda as a table for the terminal: what is due now, then the coming week."""

import datetime

from .agenda_words import WHAT

COLUMNS = ("Due", "What", "Who", "Company", "Why")
# Wide enough for most names and companies; longer ones are cut with an ellipsis.
WIDEST = {"Who": 22, "Company": 28}


def due_label(day: datetime.date, today: datetime.date) -> str:
    """ "Tue 1 Dec", with the year only when it is not this one."""
    label = f"{day:%a} {day.day} {day:%b}"
    return label if day.year == today.year else f"{label} {day.year}"


def agenda_table(items: list[dict], *, today: datetime.date, days: int) -> str:
    """Items in the API's shape as two tables: overdue and today, then the next `days` days."""
    now = [item for item in items if item["state"] != "upcoming"]
    last = today + datetime.timedelta(days=days)
    later = [
        item
        for item in items
        if item["state"] == "upcoming" and datetime.date.fromisoformat(item["due"]) <= last
    ]
    sections = [
        (f"Overdue and today ({due_label(today, today)}, {today.year})", now, "Nothing due."),
        (f"The next {days} days", later, "Nothing due."),
    ]
    lines = []
    for title, rows, empty in sections:
        lines += [title, "=" * len(title)]
        lines += _table([_cells(item, today) for item in rows]) if rows else [empty]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _cells(item: dict, today: datetime.date) -> dict:
    due = datetime.date.fromisoformat(item["due"])
    label = due_label(due, today) + (" (late)" if item["state"] == "overdue" else "")
    contact, opportunity = item.get("contact") or {}, item.get("opportunity") or {}
    company = opportunity.get("company", "")
    if company and opportunity.get("role"):
        company = f"{company}, {opportunity['role']}"
    return {
        "Due": label,
        "What": WHAT.get(item["kind"], item["kind"]),
        "Who": contact.get("full_name", ""),
        "Company": company,
        "Why": item["why"],
    }


def _table(rows: list[dict]) -> list[str]:
    for row in rows:
        for column, widest in WIDEST.items():
            if len(row[column]) > widest:
                row[column] = row[column][: widest - 1] + "…"
    widths = {c: max(len(c), *(len(row[c]) for row in rows)) for c in COLUMNS[:-1]}

    def line(cells: dict) -> str:
        return "  ".join([*(cells[c].ljust(widths[c]) for c in COLUMNS[:-1]), cells["Why"]])

    header = {c: c for c in COLUMNS}
    rule = {c: "-" * (widths[c] if c in widths else len(c)) for c in COLUMNS}
    return [line(header), line(rule), *(line(row) for row in rows)]
