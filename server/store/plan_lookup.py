"""Finding what a person names in the shell: an opportunity by company, a contact by name or URL."""

from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url
from server.core.text import fold

from .contacts import search_contacts
from .db import write_transaction
from .models import Contact, Opportunity
from .statements import contact_by_url

CANDIDATES_SHOWN = 8


class NotFound(Exception):
    """What was named matches nothing, or several things; the message lists the candidates."""


def find_or_create_opportunity(company: str, role: str | None) -> tuple[int, bool]:
    """The opportunity at `company` (with `role`, when given), made when there is none.

    Company and role match whatever their case and accents. Returns (id, created).
    """
    with write_transaction():
        rows = list(Opportunity.select(Opportunity.id, Opportunity.company, Opportunity.role))
        same = [row for row in rows if fold(row.company) == fold(company)]
        if role is not None:
            same = [row for row in same if fold(row.role) == fold(role)]
        if len(same) > 1:
            roles = "; ".join(f"{row.role or '(no role)'} (id {row.id})" for row in same)
            raise NotFound(f"{company} has several opportunities: {roles}. Say which with --role.")
        if same:
            return same[0].id, False
        return Opportunity.create(company=company, role=role or "", status="interviewing").id, True


def find_contact(name_or_url: str) -> dict:
    """The one contact a LinkedIn URL or a name (whole, or a unique part) points at.

    Raises NotFound listing the candidates when there is none, or more than one.
    """
    if "linkedin.com" in name_or_url.lower():
        try:
            url = normalize_profile_url(name_or_url)
        except NotAProfileUrl as error:
            raise NotFound(f"{name_or_url}: {error}") from error
        contact = contact_by_url(url)
        if contact is None:
            raise NotFound(f"No contact has the profile {url}. Capture it first, or name them.")
        return {"id": contact.id, "full_name": contact.full_name}
    found = list(search_contacts(name_or_url).limit(200))
    exact = [contact for contact in found if fold(contact.full_name) == fold(name_or_url)]
    matches = exact or found
    if len(matches) == 1:
        return {"id": matches[0].id, "full_name": matches[0].full_name}
    if not matches:
        raise NotFound(f"No contact is called {name_or_url!r}. Add them first, or give their URL.")
    listed = "\n".join(f"  {describe(contact)}" for contact in matches[:CANDIDATES_SHOWN])
    more = len(matches) - CANDIDATES_SHOWN
    tail = f"\n  … and {more} more" if more > 0 else ""
    raise NotFound(
        f"{name_or_url!r} could be any of:\n{listed}{tail}\nGive the LinkedIn URL or the full name."
    )


def describe(contact: Contact) -> str:
    where = contact.current_company or contact.headline
    parts = [contact.full_name, where, contact.linkedin_url or f"id {contact.id}"]
    return " — ".join(part for part in parts if part)
