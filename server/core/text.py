"""Text helpers shared by matching and message drafting: folding, words, stems and lengths."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from unidecode import unidecode

from server.core.names import split_name

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"['’`´]")
# Brackets are how templates mark blanks; a name or quoted phrase must never carry them.
_BRACKETS = re.compile(r"[\[\]{}<>]")

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _transliterated(match: re.Match) -> str:
    return unidecode(match.group())


STOPWORDS = frozenset(
    "a an and are as at be by for from in into is it of on or the to with my our your "
    "their his her its i we you me us".split()
)


def utf16_len(text: str) -> int:
    """Count UTF-16 code units, the way a browser's text box measures length."""
    return len(text.encode("utf-16-le")) // 2


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Reduce text to lowercase ASCII words separated by single spaces."""
    # Only the letters beyond ASCII go through unidecode, which is slow a character at a time.
    ascii_text = _NON_ASCII.sub(_transliterated, text or "").lower().replace("&", " and ")
    # "O'Neill" and "St. John's" should stay one word, not split in two.
    ascii_text = _APOSTROPHES.sub("", ascii_text)
    return " ".join(_WORD.findall(ascii_text))


@lru_cache(maxsize=16384)
def word_forms(word: str) -> frozenset[str]:
    """Return the stems a folded word may stand for, so "sailor" meets "sailing"."""
    stem = _STEMMER.stemWord(word)
    forms = {stem}
    # Snowball keeps agent nouns apart from their verbs; people mean the same hobby.
    for suffix in ("er", "or", "ist"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            base = stem[: -len(suffix)]
            forms.add(base)
            forms.add(base + "e")
            if len(base) >= 4 and base[-1] == base[-2]:
                forms.add(base[:-1])
    return frozenset(forms)


def clean_spaces(text: str) -> str:
    """Collapse every run of whitespace to one space and trim the ends."""
    return _SPACES.sub(" ", text or "").strip()


def strip_symbols(text: str) -> str:
    """Drop emoji, pictographs and other symbols that do not belong in a name."""
    kept = (c for c in text if not unicodedata.category(c).startswith(("S", "C")))
    return clean_spaces("".join(kept))


def year_of(value) -> int | None:
    """Read the year from a "YYYY" or "YYYY-MM" string; None when there is none."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = re.match(r"\s*(\d{4})", str(value or ""))
    return int(match.group(1)) if match else None


def month_index(value, *, end: bool = False) -> int | None:
    """Turn "YYYY" or "YYYY-MM" into a month count; a bare year spans the whole year."""
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?", str(value or ""))
    if not match:
        return None
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    return int(match.group(1)) * 12 + min(max(month, 1), 12) - 1


def first_name(contact: dict | None) -> str:
    """The first name to greet a contact by, without emoji or stray symbols; blank if unknown."""
    contact = contact or {}
    given = contact.get("first_name")
    if not isinstance(given, str) or not given.strip():
        full = contact.get("full_name")
        given = split_name(full)[0] if isinstance(full, str) else ""
    name = strip_symbols(_BRACKETS.sub("", given))
    if not any(c.isalpha() for c in name):
        return ""
    # A name typed in capitals is still a name, not shouting.
    return name.title() if name.isupper() and len(name) > 1 else name
