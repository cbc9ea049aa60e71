"""Tell whether two employer names are the same company, whatever legal suffix they carry."""

import json
import re
from functools import lru_cache
from pathlib import Path

from cleanco import basename

from server.core.text import clean_spaces, fold

# LinkedIn appends the employment type: "Northwind Analytics · Full-time".
_EMPLOYMENT_TYPE = re.compile(r"\s*[·•|]\s*.*$")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]?\s*$")
# Words that dress a name up without changing which company it is.
_NOISE = {"the", "company", "co", "corp", "corporation", "incorporated", "group", "holdings"}


@lru_cache(maxsize=8192)
def company_name(name: str) -> str:
    """The company's name as people say it: "Contoso Ltd. · Full-time" → "Contoso"."""
    written = clean_spaces(_EMPLOYMENT_TYPE.sub("", name or ""))
    written = _BRACKETED.sub("", written) or written
    # Legal suffixes can stack ("Contoso Holdings, Inc."); strip until nothing changes.
    while True:
        shorter = clean_spaces(basename(written)).rstrip(" ,.-")
        if not shorter or shorter == written:
            break
        written = shorter
    if written.lower().startswith("the ") and len(written) > 4:
        written = written[4:]
    return written


DATA_FILE = Path(__file__).with_name("data") / "companies.json"


def _written_key(name: str) -> str:
    tokens = fold(company_name(name)).split()
    kept = [t for t in tokens if t not in _NOISE] or tokens
    # "Linked In" and "LinkedIn" are one company, so spaces don't count.
    return "".join(kept)


def _load_aliases() -> dict[str, str]:
    """The key of every name in companies.json, mapped to the key of the company it names."""
    aliases: dict[str, str] = {}
    for company in json.loads(DATA_FILE.read_text(encoding="utf-8"))["companies"]:
        canonical = _written_key(company["name"])
        for alias in (company["name"], *company["aliases"]):
            key = _written_key(alias)
            if aliases.setdefault(key, canonical) != canonical:
                raise ValueError(f"companies.json: {alias!r} names two companies")
    return aliases


_ALIASES = _load_aliases()


@lru_cache(maxsize=8192)
def company_key(name: str) -> str:
    """A key equal for two names exactly when they are the same company; empty when blank."""
    key = _written_key(name)
    return _ALIASES.get(key, key)


def same_company(a: str, b: str) -> bool:
    """Tell whether two written employer names are the same company; whole names, not parts."""
    key = company_key(a)
    return bool(key) and key == company_key(b)
