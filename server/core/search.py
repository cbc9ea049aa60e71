"""What a contact is found by, folded so that case and accents never hide anyone.

SQLite's LIKE ignores case for ASCII letters only, so "élodie" would miss "Élodie", and no
database's LIKE finds "José" from "jose". The store keeps these folded texts beside each
contact and matches folded query words against them, the same way on SQLite and PostgreSQL.
"""

from collections.abc import Iterable

from .text import fold

# Between companies, so a company filter never matches across the end of one into the next.
_COMPANY_EDGE = "|"


def search_columns(
    full_name: str, headline: str, current_company: str, past_companies: Iterable[str]
) -> dict[str, str]:
    """The folded `search_text` (name, headline, companies) and `company_text` of a contact."""
    companies = [current_company, *past_companies]
    return {
        "search_text": fold(" ".join([full_name, headline, *companies])),
        "company_text": "".join(_COMPANY_EDGE + fold(name) for name in companies) + _COMPANY_EDGE,
    }


def query_words(text: str | None) -> list[str]:
    """The folded words of a search; a contact must contain every one."""
    return fold(text or "").split()
