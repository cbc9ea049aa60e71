"""Clean text the user or a profile supplied so it can sit inside a sentence of a message."""

import re

from server.core.messages.check import tone_warnings
from server.core.text import clean_spaces, utf16_len

# Template blanks use brackets, so quoted text must never carry them.
_BRACKETS = re.compile(r"[\[\]{}<>]")
_DOUBLED_WORD = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)
# What people type before the topic itself: "We talked about the roadmap" → "the roadmap".
_LEAD_IN = re.compile(
    r"^(?:(?:we|i|they)\s+)?(?:talked|spoke|chatted|discussed|covered|went\s+over)"
    r"(?:\s+(?:about|on))?\s+|^(?:about|regarding|re:?|on)\s+|^(?:the\s+)?topic:\s*",
    re.IGNORECASE,
)
# Words that start a topic but are not names, so they go lowercase mid-sentence.
_COMMON_FIRST = frozenset(
    "the a an your our my their his her its how why what when where which who whether "
    "this that these those some more new next future plans plan team teams role roles "
    "work career data product design engineering hiring culture growth".split()
)
# Notes about the interviewer say "her team"; a message to her says "your team".
_POSSESSIVE = re.compile(r"\b(?:his|their)\b(?=\s+\w)", re.IGNORECASE)
_HER = re.compile(
    r"\bher\b(?=\s+(?!(?:about|to|for|with|from|and|or|that|if|how|what|when|why|at|on|in|"
    r"a|an|the|this|that|some|more|again)\b)\w)",
    re.IGNORECASE,
)
_URL = re.compile(r"^https?://[^\s\[\]{}<>\"'`]+$")


def clean_phrase(text, *, max_length: int = 160, topic: bool = True) -> str | None:
    """A short phrase fit to quote mid-sentence, or None when it can't be used as is."""
    # A placeholder left in the note ("[topic]") is not a topic, so it is refused, not unwrapped.
    if not isinstance(text, str) or tone_warnings(text):
        return None
    phrase = _DOUBLED_WORD.sub(r"\1", clean_spaces(_BRACKETS.sub(" ", text)))
    while topic and (shorter := _LEAD_IN.sub("", phrase)) != phrase:
        phrase = shorter
    phrase = phrase.strip(" \t.,;:!?-–—\"'“”‘’()")
    if not phrase or not any(c.isalnum() for c in phrase) or utf16_len(phrase) > max_length:
        return None
    if tone_warnings(phrase):
        return None
    first, _, _ = phrase.partition(" ")
    if (
        topic
        and not looks_like_title(phrase)
        and first[:1].isupper()
        and first[1:].islower()
        and (first.lower() in _COMMON_FIRST or (first.endswith("ing") and len(first) > 4))
    ):
        phrase = first.lower() + phrase[len(first) :]
    return phrase


def address_directly(phrase: str, first: str) -> str:
    """Turn "her team" or "Priya's team" into "your team", since the message goes to them."""
    if first:
        phrase = re.sub(rf"\b{re.escape(first)}[’']s\b", "your", phrase)
    return _HER.sub("your", _POSSESSIVE.sub("your", phrase))


def clean_sentence(text, *, max_length: int = 200) -> str | None:
    """A sentence the user wrote, capitalised and punctuated, or None when unusable."""
    phrase = clean_phrase(text, max_length=max_length, topic=False)
    if phrase is None:
        return None
    sentence = phrase[0].upper() + phrase[1:]
    original = clean_spaces(text)
    # Keep the user's own question or exclamation mark; otherwise end with a full stop.
    end = original[-1] if original and original[-1] in "!?" else "."
    return sentence + end


def clean_name(text, *, max_length: int = 80) -> str | None:
    """A proper name (school, company, place) fit to use in a sentence, or None."""
    if not isinstance(text, str):
        return None
    name = clean_spaces(_BRACKETS.sub(" ", text)).strip(" ,;:")
    if not name or utf16_len(name) > max_length or tone_warnings(name):
        return None
    # A name that repeats a word ("Duran Duran") would read as a typo in any sentence.
    return None if _DOUBLED_WORD.search(name) else name


def clean_url(url) -> str | None:
    """A link that can go into a message as is, or None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _URL.match(url) and len(url) <= 500 else None


def looks_like_title(phrase: str) -> bool:
    """Tell whether a phrase reads as a headline ("The Rise of Data Mesh") to put in quotes."""
    long_words = [w for w in phrase.split() if len(w) > 3]
    capitalised = sum(w[:1].isupper() for w in long_words)
    return len(phrase.split()) >= 2 and bool(long_words) and capitalised >= 0.6 * len(long_words)
