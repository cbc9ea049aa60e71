"""Spell out what people abbreviate when they jot a note, so no shorthand reaches a message."""

import re

# Whole words only, matched without regard to case. A name people write in capitals (NYC,
# AWS) is left as typed; only what nobody would send in a note is spelled out.
WORDS = {
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "bc": "because",
    "b/w": "between",
    "&": "and",
    "+": "and",
    "@": "at",
    "~": "about",
    "->": "to",
    "abt": "about",
    "approx": "about",
    "qtr": "quarter",
    "qtrs": "quarters",
    "mgr": "manager",
    "mgrs": "managers",
    "mgmt": "management",
    "mktg": "marketing",
    "dept": "department",
    "depts": "departments",
    "eng": "engineering",
    "engg": "engineering",
    "govt": "government",
    "int'l": "international",
    "intl": "international",
    "k8s": "Kubernetes",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "mos": "months",
    "wk": "week",
    "wks": "weeks",
    "thru": "through",
    "ppl": "people",
    "exp": "experience",
    "mtg": "meeting",
    "convo": "conversation",
    "prob": "probably",
    "esp": "especially",
    "tho": "though",
    "bday": "birthday",
    "xmas": "Christmas",
    "b4": "before",
    "recs": "recommendations",
    "rec": "recommendation",
    "sr": "senior",
    "jr": "junior",
    "asap": "soon",
    "info": "information",
    "vs": "versus",
    "vs.": "versus",
    "re:": "about",
    "re": "about",
    "e2e": "end to end",
    "eow": "the end of the week",
    "eod": "the end of the day",
    "eom": "the end of the month",
}
# Asides that carry nothing a message should say.
FILLER = frozenset("fyi tbh imo imho lol btw ftw omg".split())
MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_FULL_MONTHS = frozenset(m.lower() for m in MONTHS.values()) | {"may"}
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^([(“\"'‘]*)(.*?)([)”\"'’.,!?:]*)$")


def _expand(token: str) -> str:
    """One token spelled out, keeping the punctuation around it."""
    lead, core, trail = _EDGE.match(token).groups()
    lower = core.lower()
    if lower in WORDS:
        return lead + WORDS[lower] + trail.replace(":", "")
    if lower.rstrip(".") in MONTHS:
        return lead + MONTHS[lower.rstrip(".")] + trail.lstrip(".")
    if lower in FILLER:
        return ""
    return token


def spell_out(text: str) -> str:
    """A note with its shorthand spelled out: "w/ a crew next qtr" → "with a crew next quarter"."""
    # "(Oct)" is a when, said as "in October".
    text = re.sub(
        r"\((\w+)\.?\)",
        lambda m: (
            f"in {MONTHS.get(m.group(1).lower(), m.group(1))}"
            if m.group(1).lower() in MONTHS or m.group(1).lower() in _FULL_MONTHS
            else m.group(0)
        ),
        text,
    )
    words = [_expand(t) for t in _TOKEN.findall(text)]
    return " ".join(w for w in words if w)


def is_month(word: str) -> bool:
    """Tell whether a word names a month."""
    return word.lower() in _FULL_MONTHS
