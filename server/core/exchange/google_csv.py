"""Google Contacts' CSV: the header Google exports and imports, talking points in Notes."""

from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url

from .address_book import card_names, card_notes
from .notes import split_points

HEADER = [
    "First Name", "Middle Name", "Last Name",
    "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department",
    "Birthday", "Notes", "Photo", "Labels",
    "E-mail 1 - Label", "E-mail 1 - Value",
    "Phone 1 - Label", "Phone 1 - Value",
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address",
    "Website 1 - Label", "Website 1 - Value",
]  # fmt: skip
# Google's current export, and the older one ("Given Name", "Organization 1 - Name", ...).
SIGNATURES = ({"First Name", "Last Name", "E-mail 1 - Value"}, {"Given Name", "E-mail 1 - Value"})
COLUMN_OF = {
    "first_name": "First Name",
    "last_name": "Last Name",
    "full_name": "First Name",
    "current_company": "Organization Name",
    "current_title": "Organization Title",
    "notes": "Notes",
    "email": "E-mail 1 - Value",
    "phone": "Phone 1 - Value",
    "location": "Address 1 - Formatted",
    "linkedin_url": "Website 1 - Value",
    "talking_points": "Notes",
}
LABEL = "Segue"


def contact_to_row(contact: dict) -> list[str]:
    """One Google Contacts row (unguarded cells) for a contact in the export's shape."""
    first, last = card_names(contact)
    values = {
        "First Name": first,
        "Last Name": last,
        "Organization Name": contact.get("current_company") or "",
        "Organization Title": contact.get("current_title") or "",
        "Notes": card_notes(contact),
        "Labels": LABEL,
    }
    for prefix, field, label in (
        ("E-mail 1", "email", "Work"),
        ("Phone 1", "phone", "Mobile"),
        ("Address 1", "location", "Work"),
        ("Website 1", "linkedin_url", "Profile"),
    ):
        value = contact.get(field) or ""
        if value:
            suffix = "Formatted" if prefix == "Address 1" else "Value"
            values[f"{prefix} - Label"] = label
            values[f"{prefix} - {suffix}"] = value
    return [values.get(column, "") for column in HEADER]


def row_to_contact(cells: dict[str, str]) -> dict:
    """The raw contact a Google Contacts row describes, for `clean_contact` to check."""
    first = _first(cells, "First Name", "Given Name")
    middle = _first(cells, "Middle Name", "Additional Name")
    last = _first(cells, "Last Name", "Family Name")
    notes, points = split_points(cells.get("Notes", ""))
    return {
        "full_name": " ".join(p for p in (first, middle, last) if p) or cells.get("Name", ""),
        "first_name": first,
        "last_name": last,
        "current_company": _first(cells, "Organization Name", "Organization 1 - Name"),
        "current_title": _first(cells, "Organization Title", "Organization 1 - Title"),
        "notes": notes,
        "talking_points": points,
        "email": _numbered(cells, "E-mail", "Value"),
        "phone": _numbered(cells, "Phone", "Value"),
        "location": _numbered(cells, "Address", "Formatted"),
        "linkedin_url": profile_url_among(
            value.split(":::")[0]
            for column, value in cells.items()
            if column.startswith("Website ") and column.endswith("Value")
        ),
    }


def profile_url_among(values) -> str:
    """The first value that is a LinkedIn profile URL, or "": other web pages have no field."""
    for value in values:
        try:
            return normalize_profile_url(value)
        except NotAProfileUrl:
            continue
    return ""


def _first(cells: dict[str, str], *columns: str) -> str:
    return next((cells[c].strip() for c in columns if cells.get(c, "").strip()), "")


def _numbered(cells: dict[str, str], kind: str, part: str) -> str:
    # Google numbers repeated fields ("E-mail 2 - Value"), and one cell may hold several
    # values joined by " ::: "; Segue keeps one, the first.
    for number in range(1, 10):
        value = cells.get(f"{kind} {number} - {part}", "").split(":::")[0].strip()
        if value:
            return value
    return ""
