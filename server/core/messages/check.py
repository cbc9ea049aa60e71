"""Check: a message's length, and phrasing that would hurt it, for drafts and what the user writes.

lint_message is what the user sees; craft_faults is what a draft must never have, so the
fit stage rejects an assembly that shows one and tries the next.
"""

import re

from unidecode import unidecode

from server.core.messages.shorthand import FILLER, WORDS
from server.core.names import split_name
from server.core.text import first_name, utf16_len

MESSAGE_LIMITS = {"free": 200, "premium": 300}

_PUSHY = re.compile(
    r"\b(any\s+updates?|have\s+you\s+(made|reached)\s+a\s+decision|made\s+a\s+decision\s+yet"
    r"|(have\s*n[o']t|have\s+not|never)\s+heard\s+back|still\s+waiting|just\s+checking\s+in"
    r"|check(ing)?\s+(in\s+)?on\s+(the\s+)?status|when\s+(will|can|should)\s+i\s+(hear|expect)"
    r"|as\s+soon\s+as\s+possible|asap|following\s+up\s+again|please\s+respond"
    r"|i\s+need\s+an\s+answer)\b",
    re.IGNORECASE,
)
_DESPERATE = re.compile(
    r"\b(sorry\s+(to|for)\s+(bother|bug|pester)\w*|i\s+really\s+need\s+this\s+job"
    r"|i\s*(am|'m|’m)\s+desperate|begging|please\s+give\s+me\s+a\s+chance"
    r"|i('ll|’ll|\s+will)\s+do\s+anything|i\s+would\s+take\s+any\s+(role|job|position))\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,40}\]|\{\{?[^{}\n]{1,40}\}?\}|<[^<>\n]{1,40}>|%\(?\w*\)?s\b"
    r"|\b(TODO|TBD|XXX+|FIRST_NAME|LAST_NAME|COMPANY_NAME)\b"
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_UNFINISHED = re.compile(r"[\w,;:\-–—]\s*$")
# Words that follow "Hi" without being anyone's name.
_NOT_NAMES = {"there", "all", "everyone", "team", "again", "folks", "friend", "and", "from"}
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\s*,?\s+"
    r"(?:(?:mr|mrs|ms|mx|dr|prof)\.?\s+)?([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def message_limit(kind: str, limit: int | None = None, account_type: str = "free") -> int | None:
    """The length limit for a kind of message: LinkedIn's for notes, none for emails."""
    if limit is not None:
        return limit
    if kind == "connection_note":
        return MESSAGE_LIMITS.get(account_type, MESSAGE_LIMITS["free"])
    return None


def _is_shouting(text: str) -> bool:
    """Capitals beyond an acronym, or a row of exclamation marks."""
    if "!!" in text or text.count("!") > 3:
        return True
    words = _LETTER_RUN.findall(text)
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) >= 2 and word.isupper():
            # One long word in capitals is shouting; an acronym like NASA is not.
            if len(word) >= 6:
                return True
            run.append(word)
            continue
        if len(run) >= 2 and sum(map(len, run)) >= 7 and max(map(len, run)) >= 4:
            return True
        run = []
    cased = [c for c in text if c.isupper() or c.islower()]
    upper = sum(c.isupper() for c in cased)
    return len(cased) >= 12 and upper > 0.6 * len(cased)


def tone_warnings(text: str) -> list[dict]:
    """Warnings about phrasing that hurts any message, whoever it goes to."""
    warnings = []
    if match := _PUSHY.search(text):
        warnings.append(
            {
                "code": "pushy",
                "message": f"“{match.group()}” can read as pressure; "
                "offer something of value instead.",
            }
        )
    if match := _DESPERATE.search(text):
        warnings.append(
            {
                "code": "desperate",
                "message": f"“{match.group()}” undersells you; stay confident and positive.",
            }
        )
    if match := _PLACEHOLDER.search(text):
        warnings.append(
            {
                "code": "placeholder",
                "message": f"Fill in or remove the placeholder “{match.group()}”.",
            }
        )
    if _is_shouting(text):
        warnings.append(
            {
                "code": "shouting",
                "message": "All capitals or several exclamation marks read as shouting.",
            }
        )
    return warnings


def _fold_name(text: str) -> str:
    """Lowercase and drop accents, to spot a name spelled without them."""
    return unidecode(text).casefold()


def _has_word(text: str, word: str) -> bool:
    """Tell whether word appears in text as a whole word, ignoring case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def name_warnings(text: str, contact: dict | None) -> list[dict]:
    """Warnings when the contact's name is missing, misspelled or someone else's."""
    first = first_name(contact)
    if not first or _has_word(text, first):
        return []
    full = (contact or {}).get("full_name")
    full = full if isinstance(full, str) else ""
    last = (contact or {}).get("last_name")
    last = last.strip() if isinstance(last, str) and last.strip() else split_name(full)[1]
    if last and _has_word(text, last):
        return []
    if _fold_name(first) != first.casefold() and _has_word(_fold_name(text), _fold_name(first)):
        return [
            {
                "code": "name_spelling",
                "message": f"Spell the name as on the profile: {first}.",
            }
        ]
    greeted = _GREETING.match(text)
    if (
        greeted
        and greeted.group(1).casefold() not in _NOT_NAMES
        and not _has_word(full, greeted.group(1))
    ):
        return [
            {
                "code": "wrong_name",
                "message": f"This greets “{greeted.group(1)}”, but the contact is {first}.",
            }
        ]
    return [{"code": "missing_name", "message": f"Address {first} by name."}]


def form_warnings(text: str) -> list[dict]:
    """Warnings about typing slips: a doubled word or doubled space."""
    warnings = []
    if match := _DOUBLED_WORD.search(text):
        warnings.append({"code": "repeated_word", "message": f"“{match.group()}” repeats a word."})
    if "  " in text:
        warnings.append({"code": "extra_space", "message": "There is a double space."})
    return warnings


def lint_message(
    kind: str,
    text: str,
    *,
    contact: dict | None = None,
    limit: int | None = None,
    account_type: str = "free",
) -> dict:
    """Measure a message and list what would hurt it: {"length", "limit", "warnings"}."""
    text = text or ""
    length = utf16_len(text)
    limit = message_limit(kind, limit, account_type)
    warnings = []
    if not text.strip():
        warnings.append({"code": "empty", "message": "The message is empty."})
    if limit is not None and length > limit:
        warnings.append(
            {
                "code": "over_limit",
                "message": f"{length} characters is {length - limit} over the limit of {limit}.",
            }
        )
    if text.strip():
        warnings += name_warnings(text, contact) + tone_warnings(text) + form_warnings(text)
    # Emails may end in a signature; a note that stops on a word or comma was cut short.
    if kind == "connection_note" and _UNFINISHED.search(text):
        warnings.append(
            {"code": "unfinished", "message": "The note stops mid-sentence; finish the thought."}
        )
    return {"length": length, "limit": limit, "warnings": warnings}


# Shorthand nobody sends: "w/", "qtr", "b/c", "&" … as whole words.
_SHORTHAND = re.compile(
    r"(?<!\S)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*WORDS, *FILLER} - {"info", "re", "vs."}, key=len, reverse=True)
    )
    + r")(?=[\s,.!?]|$)",
    re.IGNORECASE,
)
_SPACE_APOSTROPHE = re.compile(r"\s['’]")
_DOUBLED_PUNCTUATION = re.compile(r"[!?.,;:]{2,}|[!?.,;:]\s+[!?.,;:]")


def craft_faults(text: str, name: str = "") -> list[str]:
    """What a drafted text must never show, beyond the lint: a stray space before an
    apostrophe, a semicolon or doubled punctuation carried in from a note, more than one
    exclamation, note shorthand. The contact's own name is theirs to spell, so it is skipped."""
    # Only the name as a word: a one-letter name ("u") must not unmake "useful" or "you’re".
    body = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text) if name else text
    # A link is passed on as it is.
    body = re.sub(r"https?://\S+", " ", body)
    faults = []
    if _SPACE_APOSTROPHE.search(body):
        faults.append("space before an apostrophe")
    if ";" in body:
        faults.append("semicolon")
    if _DOUBLED_PUNCTUATION.search(body.replace("…", "")):
        faults.append("doubled punctuation")
    if body.count("!") > 1:
        faults.append("more than one exclamation")
    if _SHORTHAND.search(body):
        faults.append("note shorthand")
    return faults
