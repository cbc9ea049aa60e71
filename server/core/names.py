"""Split a person's full name into the first and last names a note should use."""

from functools import lru_cache

from nameparser import HumanName


# Parsing a name takes longer than the rest of a capture; the same names recur.
@lru_cache(maxsize=4096)
def split_name(full_name: str | None) -> tuple[str, str]:
    """Return (first, last) for a full name, ignoring titles, suffixes and nicknames."""
    if not full_name or not full_name.strip():
        return "", ""
    name = HumanName(full_name.strip())
    first, last = name.first.strip(), name.last.strip()
    if not first and last:
        # A single word that looks like a title or surname is still what we'd greet them by.
        first, last = last, ""
    return first, last
