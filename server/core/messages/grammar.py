"""Word forms for speaking to the contact: verbs in the second person, pronouns, articles.

Verb forms come from lemminflect, whose lexicon ships inside the wheel (no download at run
time), so "loves" becomes "love", "swapped" becomes "swapping" and an unknown word is left
alone rather than guessed at.
"""

import re
from functools import lru_cache

from lemminflect import getInflection, getLemma

# Forms of "be" and "have" said to the contact, with the apostrophe Segue always uses.
_BE = {"is": "are", "was": "were", "’s": "’re", "'s": "’re", "has": "have", "does": "do"}
# Third-person pronouns about the contact, and what they become when speaking to them.
_SUBJECT = {"she", "he"}
_POSSESSIVE = {"her": "your", "his": "your", "their": "your"}
_OBJECT = {"him": "you", "her": "you", "them": "you", "herself": "yourself", "himself": "yourself"}
# After these, "her" is the object ("asked her about"), not a possessive ("her team").
_BEFORE_OBJECT_HER = frozenset(
    "about to for with from and or that if how what when why at on in a an the this some more "
    "again".split()
)
_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|se|sa|ro|ti)|hour|honest|heir|[fhlmnrsx][A-Z0-9]*\b)")


@lru_cache(maxsize=4096)
def verb_lemma(word: str, tag: str) -> str | None:
    """The base form of word when it is the verb form tagged (VBZ, VBD, VBG), else None."""
    lower = word.lower()
    if not lower.isalpha():
        return None
    lemmas = getLemma(lower, upos="VERB", lemmatize_oov=False)
    for lemma in lemmas:
        if lower in getInflection(lemma, tag=tag) and lemma != lower:
            return lemma
    return None


@lru_cache(maxsize=4096)
def inflect(lemma: str, tag: str) -> str:
    """A verb's form for a tag ("swap", "VBG" → "swapping"); the lemma when unknown."""
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def second_person(word: str) -> str | None:
    """A third-person verb as said to "you" ("loves" → "love", "is" → "are"), else None."""
    lower = word.lower()
    if lower in _BE:
        return _BE[lower]
    if lower in ("ran", "got", "went", "grew", "moved") or verb_lemma(lower, "VBD"):
        return lower
    return verb_lemma(lower, "VBZ")


def gerund(word: str) -> str | None:
    """A past or present verb as its -ing form ("swapped" → "swapping"), else None."""
    lower = word.lower()
    for tag in ("VBD", "VBZ", "VBP"):
        if lemma := verb_lemma(lower, tag):
            return inflect(lemma, "VBG")
    if getLemma(lower, upos="VERB", lemmatize_oov=False) == (lower,):
        return inflect(lower, "VBG")
    return None


def is_finite(word: str) -> bool:
    """Tell whether a word can be a verb with a subject: "plays", "play", "played"."""
    lower = word.lower()
    if lower in ("is", "are", "was", "were", "has", "have", "does", "do"):
        return True
    return any(verb_lemma(lower, tag) for tag in ("VBZ", "VBD")) or (
        getLemma(lower, upos="VERB", lemmatize_oov=False) == (lower,) and lower.isalpha()
    )


def is_gerund(word: str) -> bool:
    """Tell whether a word is a verb's -ing form."""
    return word.lower().endswith("ing") and verb_lemma(word, "VBG") is not None


def address(words: list[str]) -> list[str]:
    """Speak to the contact: "her team" → "your team", "asked him" → "asked you"."""
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lower == "her":
            out.append("your" if nxt and nxt not in _BEFORE_OBJECT_HER else "you")
        elif lower in _POSSESSIVE and nxt:
            out.append(_POSSESSIVE[lower])
        elif lower in _OBJECT:
            out.append(_OBJECT[lower])
        elif lower in _SUBJECT:
            out.append("you")
        else:
            out.append(word)
    return out


def indefinite(phrase: str) -> str:
    """The phrase with "a" or "an" before it."""
    return f"{'an' if _VOWEL_SOUND.match(phrase) else 'a'} {phrase}"


def years_phrase(first: int, last: int) -> str:
    """A span of years as people say it: "in 2018", "in 2016–17", "from 2015 to 2019"."""
    if first == last:
        return f"in {first}"
    if last == first + 1:
        short = f"{last % 100:02d}" if first // 100 == last // 100 else str(last)
        return f"in {first}–{short}"
    return f"from {first} to {last}"


def cap(text: str) -> str:
    """Capitalise the first letter of a clause that starts a sentence."""
    return text[:1].upper() + text[1:]


def join_and(items: list[str]) -> str:
    """Items joined as a sentence lists them: "a", "a and b", "a, b and c"."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
