"""LinkedIn's own Connections.csv, from "Get a copy of your data": read only."""

from .dates import parse_day

SIGNATURES = ({"First Name", "Last Name", "Connected On"},)
COLUMN_OF = {
    "first_name": "First Name",
    "last_name": "Last Name",
    "full_name": "First Name",
    "linkedin_url": "URL",
    "email": "Email Address",
    "current_company": "Company",
    "current_title": "Position",
    "positions": "Position",
    "notes": "Connected On",
}


def row_to_contact(cells: dict[str, str]) -> dict:
    """The raw contact a Connections.csv row describes, for `clean_contact` to check.

    "Connected On" becomes a line of notes: it is when the user met this person on LinkedIn,
    worth seeing before a follow-up, and Segue has no other place for it.
    """
    first, last = cells.get("First Name", "").strip(), cells.get("Last Name", "").strip()
    title, company = cells.get("Position", "").strip(), cells.get("Company", "").strip()
    return {
        "full_name": " ".join(name for name in (first, last) if name),
        "first_name": first,
        "last_name": last,
        "linkedin_url": cells.get("URL", ""),
        "email": cells.get("Email Address", ""),
        "current_company": company,
        "current_title": title,
        # The job they hold now; a later capture of the profile replaces it with the full history.
        "positions": [{"title": title, "company": company}] if title or company else [],
        "notes": connected_on_note(cells.get("Connected On", "")),
    }


def connected_on_note(text: str) -> str:
    """The note line for a "Connected On" date, such as "Connected on LinkedIn: 2024-03-12."."""
    text = text.strip()
    if not text:
        return ""
    day = parse_day(text)
    return f"Connected on LinkedIn: {day.isoformat() if day else text}."
