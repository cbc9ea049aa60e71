"""Outlook's contacts CSV: the header Outlook exports and imports, talking points in Notes."""

from .address_book import card_names, card_notes
from .google_csv import profile_url_among
from .notes import split_points

HEADER = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Initials", "Web Page",
    "Gender", "Birthday", "Anniversary", "Location", "Language", "Internet Free Busy", "Notes",
    "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Primary Phone", "Home Phone",
    "Home Phone 2", "Mobile Phone", "Pager", "Home Fax", "Home Address", "Home Street",
    "Home Street 2", "Home Street 3", "Home Address PO Box", "Home City", "Home State",
    "Home Postal Code", "Home Country", "Spouse", "Children", "Manager's Name",
    "Assistant's Name", "Referred By", "Company Main Phone", "Business Phone",
    "Business Phone 2", "Business Fax", "Assistant's Phone", "Company", "Job Title",
    "Department", "Office Location", "Organizational ID Number", "Profession", "Account",
    "Business Address", "Business Street", "Business Street 2", "Business Street 3",
    "Business Address PO Box", "Business City", "Business State", "Business Postal Code",
    "Business Country", "Other Phone", "Other Fax", "Other Address", "Other Street",
    "Other Street 2", "Other Street 3", "Other Address PO Box", "Other City", "Other State",
    "Other Postal Code", "Other Country", "Callback", "Car Phone", "ISDN", "Radio Phone",
    "TTY/TDD Phone", "Telex", "User 1", "User 2", "User 3", "User 4", "Keywords", "Mileage",
    "Hobby", "Billing Information", "Directory Server", "Sensitivity", "Priority", "Private",
    "Categories",
]  # fmt: skip
SIGNATURES = ({"First Name", "Last Name", "E-mail Address"},)
PHONE_COLUMNS = ("Mobile Phone", "Business Phone", "Primary Phone", "Home Phone", "Other Phone")
COLUMN_OF = {
    "first_name": "First Name",
    "last_name": "Last Name",
    "full_name": "First Name",
    "current_company": "Company",
    "current_title": "Job Title",
    "notes": "Notes",
    "email": "E-mail Address",
    "phone": "Mobile Phone",
    "location": "Business Address",
    "linkedin_url": "Web Page",
    "talking_points": "Notes",
}
CATEGORY = "Segue"


def contact_to_row(contact: dict) -> list[str]:
    """One Outlook row (unguarded cells) for a contact in the export's shape."""
    first, last = card_names(contact)
    values = {
        "First Name": first,
        "Last Name": last,
        "Company": contact.get("current_company") or "",
        "Job Title": contact.get("current_title") or "",
        "E-mail Address": contact.get("email") or "",
        "Mobile Phone": contact.get("phone") or "",
        "Web Page": contact.get("linkedin_url") or "",
        "Business Address": contact.get("location") or "",
        "Notes": card_notes(contact),
        "Categories": CATEGORY,
    }
    return [values.get(column, "") for column in HEADER]


def row_to_contact(cells: dict[str, str]) -> dict:
    """The raw contact an Outlook row describes, for `clean_contact` to check."""
    names = [cells.get(c, "").strip() for c in ("First Name", "Middle Name", "Last Name")]
    notes, points = split_points(cells.get("Notes", ""))
    return {
        "full_name": " ".join(name for name in names if name),
        "first_name": names[0],
        "last_name": names[2],
        "current_company": cells.get("Company", ""),
        "current_title": cells.get("Job Title", ""),
        "notes": notes,
        "talking_points": points,
        "email": cells.get("E-mail Address", ""),
        "phone": next((cells[c] for c in PHONE_COLUMNS if cells.get(c, "").strip()), ""),
        "location": cells.get("Business Address", ""),
        "linkedin_url": profile_url_among([cells.get("Web Page", "")]),
    }
