"""One page of contacts for a list: the API's search, in the order the user picked."""

from .contacts import search_contacts
from .models import Contact
from .serialize import contact_to_dict

SORTS = {
    "recent": (Contact.updated_at.desc(), Contact.id.desc()),
    "name": (Contact.full_name.asc(), Contact.id.asc()),
    "company": (Contact.current_company.asc(), Contact.full_name.asc(), Contact.id.asc()),
}


def contact_page(
    q: str | None, company: str | None, sort: str, page: int, per_page: int
) -> tuple[list[dict], int]:
    """The contacts on `page` of a search, and how many match in all."""
    query = search_contacts(q, company)
    total = query.count()
    ordered = query.order_by(*SORTS.get(sort, SORTS["recent"]))
    rows = [contact_to_dict(c, with_details=False) for c in ordered.paginate(page, per_page)]
    return rows, total
