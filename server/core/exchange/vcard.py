"""vCard 3.0 through vobject: one card per contact, and contacts read back from cards."""

import re

import vobject

from .address_book import card_notes
from .google_csv import profile_url_among
from .notes import split_points
from .validate import RowError

_CARD_START = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def contact_to_vcard(contact: dict) -> str:
    """The vCard 3.0 text of one contact: name, title, company, email, phone, profile URL, notes."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=contact.get("last_name") or "", given=contact.get("first_name") or ""
    )
    card.add("fn").value = contact.get("full_name") or ""
    if contact.get("current_company"):
        card.add("org").value = [contact["current_company"]]
    if contact.get("current_title"):
        card.add("title").value = contact["current_title"]
    if contact.get("email"):
        email = card.add("email")
        email.value = contact["email"]
        email.type_param = "INTERNET"
    if contact.get("phone"):
        card.add("tel").value = contact["phone"]
    if contact.get("linkedin_url"):
        card.add("url").value = contact["linkedin_url"]
    if contact.get("location"):
        card.add("adr").value = vobject.vcard.Address(street=contact["location"])
    notes = card_notes(contact)
    if notes:
        card.add("note").value = notes
    return card.serialize()


def split_cards(text: str) -> list[tuple[int, str]]:
    """Each card's text with the line it starts on; text before the first card is ignored."""
    cards, current, start = [], None, 0
    # Only real line breaks: str.splitlines would also split at U+2028 inside a NOTE.
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if _CARD_START.match(line):
            if current:
                cards.append((start, "\r\n".join(current)))
            current, start = [line], number
        elif current is not None:
            current.append(line)
    if current:
        cards.append((start, "\r\n".join(current)))
    return cards


def vcard_to_contact(text: str) -> dict:
    """The raw contact one card describes, for `clean_contact` to check; RowError if unreadable."""
    try:
        card = vobject.readOne(text)
    except Exception as error:  # vobject raises many kinds for a malformed card
        raise RowError("vcard", f"Not a readable vCard ({error}).") from error
    notes, points = split_points(_value(card, "note"))
    name = card.contents.get("n")
    given = name[0].value.given if name else ""
    family = name[0].value.family if name else ""
    org = card.contents.get("org")
    urls = [item.value for item in card.contents.get("url", [])]
    adr = card.contents.get("adr")
    return {
        "full_name": _value(card, "fn") or " ".join(p for p in (_join(given), _join(family)) if p),
        "first_name": _join(given),
        "last_name": _join(family),
        "current_company": _first_part(org[0].value) if org else "",
        "current_title": _value(card, "title"),
        "email": _value(card, "email"),
        "phone": _value(card, "tel"),
        "linkedin_url": profile_url_among(urls),
        "location": _address(adr[0].value) if adr else "",
        "notes": notes,
        "talking_points": points,
    }


def _value(card, key: str) -> str:
    items = card.contents.get(key)
    return _join(items[0].value) if items else ""


def _join(value) -> str:
    # Structured vCard parts may be lists ("ORG:Acme;Research" is ["Acme", "Research"]).
    if isinstance(value, list | tuple):
        return " ".join(str(part) for part in value if part)
    return str(value or "")


def _first_part(value) -> str:
    # "ORG:Acme;Research" is the company and a unit in it; the company is what Segue keeps.
    return str(value[0] or "") if isinstance(value, list | tuple) and value else _join(value)


def _address(address) -> str:
    parts = (address.street, address.city, address.region, address.code, address.country)
    return ", ".join(_join(part) for part in parts if _join(part))
