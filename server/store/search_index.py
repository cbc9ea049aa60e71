"""Narrow a search to the contacts SQLite's trigram index says may match (migration 0006).

Search keeps its meaning exactly (`server.core.search`): every folded word is a substring of
the contact's `search_text`, and those conditions stay in the query. The index only adds a
condition that leaves out contacts which cannot match, and only for words it is quick for:
a trigram index answers a rare word ("raman") in a fraction of a millisecond but a common one
("engineering", held by most contacts) slower than scanning, and cannot look up a word of
fewer than three letters. So the words are chosen by how many contacts hold their rarest
trigram, from `contact_search_terms`, remembered for a while since only speed depends on it.
PostgreSQL needs none of this: its planner weighs the pg_trgm indexes on its own.
"""

import threading
import time
import weakref

from peewee import SQL, OperationalError

from .db import db, is_sqlite
from .models import Contact

# A word is worth the index when at most this share of contacts may hold it.
SELECTIVE_SHARE = 0.05
# How long a trigram's count is trusted; the plan, not the answer, depends on it.
COUNTS_SECONDS = 300

_state: "weakref.WeakKeyDictionary[object, dict]" = weakref.WeakKeyDictionary()
_guard = threading.Lock()


def _trigrams(text: str) -> list[str]:
    return [text[i : i + 3] for i in range(len(text) - 2)]


def _database_state() -> dict:
    with _guard:
        state = _state.get(db.obj)
        if state is None or time.monotonic() - state["since"] > COUNTS_SECONDS:
            state = _state[db.obj] = {"since": time.monotonic(), "counts": {}, "total": None}
        return state


def _has_index() -> bool:
    state = _database_state()
    if "indexed" not in state:
        found = db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'contact_search_terms'"
        ).fetchone()
        state["indexed"] = found is not None
    return state["indexed"]


def _rarest(word: str, state: dict) -> int:
    """How many contacts hold the word's rarest trigram: at most that many can match."""
    counts = state["counts"]
    for trigram in _trigrams(word):
        if trigram not in counts:
            row = db.execute_sql(
                "SELECT doc FROM contact_search_terms WHERE term = ?", (trigram,)
            ).fetchone()
            counts[trigram] = row[0] if row else 0
    return min(counts[trigram] for trigram in _trigrams(word))


def narrowed(query, words: list[str], company_phrase: str):
    """`query` with a condition from the index for the `words` and phrase it is quick for."""
    if not is_sqlite() or not _has_index():
        return query
    state = _database_state()
    try:
        if state["total"] is None:
            state["total"] = Contact.select().count()
        limit = max(100, SELECTIVE_SHARE * state["total"])
        terms = [("search_text", word) for word in words if len(word) >= 3]
        if len(company_phrase) >= 3:
            terms.append(("company_text", company_phrase))
        chosen = [(column, text) for column, text in terms if _rarest(text, state) <= limit]
    except OperationalError:
        return query
    if not chosen:
        return query
    where = " AND ".join(f"{column} LIKE ?" for column, _ in chosen)
    params = [f"%{text}%" for _, text in chosen]
    return query.where(
        Contact.id.in_(SQL(f"(SELECT rowid FROM contact_search WHERE {where})", params))
    )
