"""Assemble a message from interchangeable phrasings, choosing the richest that fits the limit."""

import itertools
import re
from dataclasses import dataclass

from server.core.lint import tone_warnings
from server.core.text import utf16_len

_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_SPACE_BEFORE_BREAK = re.compile(r"[ \t]+\n")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DOUBLED_WORD_ON_LINE = re.compile(r"\b(\w+)(?:[ \t]+\1\b)+", re.IGNORECASE)
_ENDINGS = (".", "!", "?", "…")


@dataclass(frozen=True)
class Slot:
    """One place in a message with its phrasings, richest first; "" lets it drop out."""

    options: tuple[str, ...]
    weight: int = 1
    sep: str = " "


def tidy(text: str) -> str:
    """Collapse doubled spaces and words that joining phrasings may have produced."""
    text = _SPACE_BEFORE_BREAK.sub("\n", _SPACES.sub(" ", text)).strip()
    return _DOUBLED_WORD_ON_LINE.sub(r"\1", text)


def reads_cleanly(text: str) -> bool:
    """Tell whether text is free of doubled spaces and words, placeholders and bad tone."""
    return "  " not in text and _DOUBLED_WORD.search(text) is None and not tone_warnings(text)


def keeps_rules(text: str) -> bool:
    """Tell whether a drafted text keeps every rule a suggestion must keep, length aside."""
    return text.endswith(_ENDINGS) and reads_cleanly(text)


def _join(parts: list[tuple[str, str]]) -> str:
    """Join (separator, text) parts, skipping the empty ones."""
    out = ""
    for sep, text in parts:
        if text:
            out = f"{out}{sep}{text}" if out else text
    return out


def fit(slots: list[Slot], limit: int | None) -> tuple[str, bool] | None:
    """The best-scoring assembly within limit: (text, whether the richest one ran too long)."""
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
        if (limit is None or utf16_len(text) <= limit) and keeps_rules(text):
            return text, limit is not None and picks != ranked[0]
    return None
