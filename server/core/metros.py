"""Place a free-text location in its metro area: "Greater Boston" meets "Boston, MA"."""

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from server.core.text import clean_spaces, fold

DATA_FILE = Path(__file__).with_name("data") / "metros.json"

# LinkedIn wraps a metro in words that don't change the place: "Greater Seattle Area".
_WRAPPERS = re.compile(r"\b(greater|area|metropolitan|metro|metroplex|region)\b")
# Words people put in the location box that name no place two people could share.
_NOT_PLACES = frozenset(
    "remote anywhere worldwide global earth home hybrid online virtual various na none unknown "
    "travel relocating".split()
)


@dataclass(frozen=True)
class Metro:
    """Where someone is: an id equal for the same area, and how a sentence names it."""

    id: str
    area: str


@cache
def _catalogue() -> tuple[dict[str, list[dict]], frozenset[str]]:
    """Load metros once: metros by place name, and every known state, province or country."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    rows = data["metros"]
    by_place: dict[str, list[dict]] = {}
    regions = {fold(r) for r in data.get("other_regions", [])}
    for row in rows:
        for place in row["places"]:
            by_place.setdefault(fold(place), []).append(row)
        regions.update(fold(r) for r in row["regions"])
    return by_place, frozenset(regions)


def _place_keys(segment: str) -> list[str]:
    """The names a segment may go by: whole, then each hyphenated part ("Raleigh-Durham")."""
    keys = [clean_spaces(_WRAPPERS.sub(" ", fold(segment)))]
    parts = [clean_spaces(_WRAPPERS.sub(" ", fold(p))) for p in re.split(r"[-–—]", segment)]
    keys.extend(p for p in parts if p and p not in keys)
    return [k for k in keys if k]


@lru_cache(maxsize=4096)
def find_metro(location: str) -> Metro | None:
    """Name the metro area a location lies in; an unlisted town is its own area."""
    segments = [s for s in (location or "").split(",") if fold(s)]
    if not segments:
        return None
    by_place, known_regions = _catalogue()
    regions = {fold(s) for s in segments[1:]} & known_regions
    first_keys = _place_keys(segments[0])
    if not first_keys or first_keys[0] in _NOT_PLACES:
        return None
    if first_keys[0] in known_regions and first_keys[0] not in by_place:
        # "United States" or "California" alone says too little to share a place.
        return None
    for key in first_keys:
        candidates = [
            row for row in by_place.get(key, []) if regions <= {fold(r) for r in row["regions"]}
        ]
        if len({row["id"] for row in candidates}) == 1:
            return Metro(candidates[0]["id"], candidates[0]["area"])
    if any(by_place.get(key) for key in first_keys) and not regions:
        # A listed name that could be several places ("Arlington") is no evidence.
        return None
    state = min(regions) if regions else ""
    return Metro(f"place:{first_keys[0]}|{state}", clean_spaces(segments[0]))


def same_metro(a: str, b: str) -> Metro | None:
    """The metro area two locations share, or None."""
    first, second = find_metro(a), find_metro(b)
    if first is None or second is None or first.id != second.id:
        return None
    return first
