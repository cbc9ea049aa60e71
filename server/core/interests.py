"""Find the user's interests in what a contact writes about themselves, on whole words and stems."""

import re
from functools import lru_cache

from unidecode import unidecode

from server.core.text import STOPWORDS, clean_spaces, fold, word_forms

_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…\n]")
# How much of an About section to quote around a match, either side.
_SNIPPET_REACH = 60


@lru_cache(maxsize=2048)
def _indexed_words(text: str) -> tuple[tuple[frozenset[str], int, int], ...]:
    """Content words of a text with their forms and where each sits in the original."""
    out = []
    for match in _TOKEN.finditer(text):
        for word in fold(match.group()).split():
            if word not in STOPWORDS:
                out.append((word_forms(word), match.start(), match.end()))
    return tuple(out)


@lru_cache(maxsize=1024)
def _interest_forms(interest: str) -> tuple[frozenset[str], ...]:
    """The forms of each content word of an interest ("Women in Data" → women, data)."""
    return tuple(word_forms(w) for w in fold(interest).split() if w not in STOPWORDS)


def _find_run(wanted: tuple[frozenset[str], ...], text: str) -> tuple[int, int] | None:
    """Where the interest's words appear one after another in text, as (start, end) offsets."""
    indexed = _indexed_words(text)
    size = len(wanted)
    for i in range(len(indexed) - size + 1):
        if all(wanted[j] & indexed[i + j][0] for j in range(size)):
            return indexed[i][1], indexed[i + size - 1][2]
    return None


def _snippet(text: str, start: int, end: int) -> str:
    """The sentence around a match, shortened at word boundaries when it runs long."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    if start - left > _SNIPPET_REACH:
        left = text.find(" ", start - _SNIPPET_REACH, start) + 1 or start
    if right - end > _SNIPPET_REACH:
        cut = text.rfind(" ", end, end + _SNIPPET_REACH)
        right = cut if cut > end else end
    return clean_spaces(text[left:right])


def find_interest(interest: str, contact: dict) -> dict | None:
    """Where a contact shows one of the user's interests: {"found_in", "matched"}, or None."""
    wanted = _interest_forms(interest)
    # A single letter or number says nothing about a hobby.
    if not wanted or len(unidecode(interest).strip()) < 2:
        return None
    for found_in in ("interests", "skills"):
        for item in contact.get(found_in) or []:
            if isinstance(item, str) and _find_run(wanted, item) is not None:
                return {"found_in": found_in, "matched": clean_spaces(item)}
    about = contact.get("about")
    if isinstance(about, str):
        span = _find_run(wanted, about)
        if span is not None:
            return {"found_in": "about", "matched": _snippet(about, *span)}
    return None
