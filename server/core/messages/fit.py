"""Fit: assemble a message from interchangeable phrasings, the richest that fits the limit.

Every phrasing is whole, so a shorter message drops or shortens a sentence and never cuts a
word; length is counted in UTF-16 code units, as the browser counts it.
"""

import itertools
import re
from dataclasses import dataclass

from server.core.messages.check import craft_faults, tone_warnings
from server.core.text import utf16_len

_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_SPACE_BEFORE_BREAK = re.compile(r"[ \t]+\n")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DOUBLED_WORD_ON_LINE = re.compile(r"\b(\w+)(?:[ \t]+\1\b)+", re.IGNORECASE)
_ENDINGS = (".", "!", "?", "…")


@dataclass(frozen=True)
class Slot:
    """One place in a message with its phrasings, richest first; "" lets it drop out.

    uses names, per phrasing, the talking points it says, so a draft lists only those it kept.
    """

    options: tuple[str, ...]
    weight: int = 1
    sep: str = " "
    uses: tuple[tuple, ...] = ()

    def used(self, pick: int) -> tuple:
        """The talking points the chosen phrasing says."""
        if not self.options[pick]:
            return ()
        return self.uses[pick] if pick < len(self.uses) else ()


# A sentence joined straight after "Hi Priya," carries on the greeting's sentence.
_AFTER_GREETING = re.compile(
    r"^((?:Hi|Hello)\b[^,\n]*, )(You|It|Thanks|Thank|Fun|Also|As|Fellow|We)\b"
)


def tidy(text: str) -> str:
    """Collapse doubled spaces and words that joining phrasings may have produced."""
    text = _SPACE_BEFORE_BREAK.sub("\n", _SPACES.sub(" ", text)).strip()
    text = _AFTER_GREETING.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    return _DOUBLED_WORD_ON_LINE.sub(r"\1", text)


def reads_cleanly(text: str) -> bool:
    """Tell whether text is free of doubled spaces and words, placeholders and bad tone."""
    return "  " not in text and _DOUBLED_WORD.search(text) is None and not tone_warnings(text)


def keeps_rules(text: str, name: str = "") -> bool:
    """Tell whether a drafted text keeps every rule a suggestion must keep, length aside."""
    return text.endswith(_ENDINGS) and reads_cleanly(text) and not craft_faults(text, name)


def _join(parts: list[tuple[str, str]]) -> str:
    """Join (separator, text) parts, skipping the empty ones."""
    out = ""
    for sep, text in parts:
        if text:
            out = f"{out}{sep}{text}" if out else text
    return out


def fit(slots: list[Slot], limit: int | None, name: str = "") -> tuple[str, bool, list] | None:
    """The best assembly within limit: (text, whether the richest ran too long, points said)."""
    slots = [slot for slot in slots if slot.options]
    choices = [range(len(slot.options)) for slot in slots]
    # Lower score = richer message; a heavy slot gives up its best phrasing last.
    ranked = sorted(
        itertools.product(*choices),
        key=lambda picks: (sum(s.weight * i for s, i in zip(slots, picks, strict=True)), picks),
    )
    lengths = [[utf16_len(option) for option in slot.options] for slot in slots]
    for picks in ranked:
        if limit is not None:
            # Tidying seldom saves more than a space, so parts already too long are skipped cheaply.
            if sum(lengths[k][i] for k, i in enumerate(picks)) > limit:
                continue
        text = tidy(_join([(s.sep, s.options[i]) for s, i in zip(slots, picks, strict=True)]))
        if (limit is None or utf16_len(text) <= limit) and keeps_rules(text, name):
            used = [p for s, i in zip(slots, picks, strict=True) for p in s.used(i)]
            return text, limit is not None and picks != ranked[0], list(dict.fromkeys(used))
    return None
