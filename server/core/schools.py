"""Recognise schools however people write them, and tell whether two entries are the same school."""

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from server.core.text import fold

DATA_FILE = Path(__file__).with_name("data") / "schools.json"

# Written abbreviations that stand for a whole word in school names.
_ABBREVIATIONS = {"univ": "university", "inst": "institute", "coll": "college", "sch": "school"}
# Words that come and go in how people write one name ("The", "at Austin", "in St. Louis").
_FILLER = {"the", "at", "in"}
# A name split at commas, dashes and brackets: "Univ. of Michigan – Ann Arbor".
_SEGMENT_BREAK = re.compile(r"\s+-\s+|[–—,()|/;]")
# Only segments that name an institution may stand alone, so a trailing "Michigan" in
# "Some College, Michigan" is not read as the University of Michigan.
_INSTITUTION_WORDS = {"university", "college", "school", "institute", "business", "management"}
_ARTICLE_FIRST = ("university of ", "college of ", "institute of ", "school of ")


@dataclass(frozen=True)
class School:
    """One entry of the school list."""

    id: str
    name: str
    short: str
    parent: str | None = None


def school_key(name: str) -> str:
    """Normalise a school name so spelling, accents, case, punctuation and "The" don't matter."""
    tokens = fold(name).split()
    out = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if token in _FILLER:
            continue
        if token == "u" and following == "of":
            token = "university"
        elif token == "st" and following is not None:
            token = "saint"
        out.append(_ABBREVIATIONS.get(token, token))
    return " ".join(out)


@cache
def _catalogue() -> tuple[dict[str, School], dict[str, School]]:
    """Load the school list once: schools by id, and schools by every normalised name."""
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))["schools"]
    by_id: dict[str, School] = {}
    by_key: dict[str, School] = {}
    for row in rows:
        school = School(row["id"], row["name"], row["short"], row.get("parent"))
        if school.id in by_id:
            raise ValueError(f"schools.json lists {school.id!r} twice")
        by_id[school.id] = school
        for alias in [school.name, *row.get("aliases", [])]:
            key = school_key(alias)
            if by_key.get(key, school) is not school:
                raise ValueError(f"schools.json: {alias!r} names {by_key[key].id} and {school.id}")
            by_key[key] = school
    for school in by_id.values():
        if school.parent is not None and school.parent not in by_id:
            raise ValueError(f"schools.json: {school.id} has unknown parent {school.parent!r}")
    return by_id, by_key


def all_schools() -> list[School]:
    """Every school in the list, in file order."""
    return list(_catalogue()[0].values())


def root_of(school: School) -> School:
    """The university a school belongs to (Wharton → University of Pennsylvania)."""
    by_id = _catalogue()[0]
    seen = {school.id}
    while school.parent is not None and school.parent not in seen:
        school = by_id[school.parent]
        seen.add(school.id)
    return school


@lru_cache(maxsize=4096)
def find_school(name: str) -> School | None:
    """Look a written name up in the school list; the most specific entry wins."""
    by_key = _catalogue()[1]
    found = by_key.get(school_key(name))
    if found is not None:
        return found
    segments = [key for key in (school_key(s) for s in _SEGMENT_BREAK.split(name or "")) if key]
    if len(segments) < 2:
        return None
    # The longest leading run names the school; the rest is usually a campus or city.
    for size in range(len(segments) - 1, 0, -1):
        found = by_key.get(" ".join(segments[:size]))
        if found is not None:
            break
    else:
        found = next(
            (
                by_key[key]
                for key in segments
                if key in by_key and _INSTITUTION_WORDS & set(key.split())
            ),
            None,
        )
    if found is None:
        return None
    # "University of California, Berkeley, Haas School of Business" is Haas, inside Berkeley.
    for key in segments:
        inner = by_key.get(key)
        if inner is not None and inner.parent is not None and root_of(inner) == root_of(found):
            return inner
    return found


def school_identity(name: str) -> str | None:
    """A key equal for two names exactly when they are the same university; None if blank."""
    school = find_school(name)
    if school is not None:
        return "id:" + root_of(school).id
    key = school_key(name)
    return "name:" + key if key else None


def same_school(a: str, b: str) -> bool:
    """Tell whether two written names are the same university (a school inside it counts)."""
    identity = school_identity(a)
    return identity is not None and identity == school_identity(b)


def with_article(name: str) -> str:
    """Put "the" before names that need it in a sentence ("the University of Michigan")."""
    if name.lower().startswith(_ARTICLE_FIRST):
        return "the " + name
    return name


def school_phrase(mine: str, theirs: str) -> tuple[str, str]:
    """Name a shared school for people: (formal name, name to use after "went to")."""
    a, b = find_school(mine), find_school(theirs)
    if a is not None and b is not None:
        shared = a if a == b else root_of(a)
        return shared.name, shared.short
    written = " ".join(theirs.split()) or " ".join(mine.split())
    if written.lower().startswith("the "):
        written = written[4:]
    if written.lower().startswith(_ARTICLE_FIRST):
        return written, "the " + written
    return written, written
