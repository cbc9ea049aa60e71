"""The draft a page shows for a contact: the same call the suggestions route makes."""

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.store.talking_points import current_me

DEFAULT_TONE = "warm"


def tone_of(args) -> str:
    """The tone asked for in the query string, else the default."""
    return args.get("tone") if args.get("tone") in TONES else DEFAULT_TONE


def best_draft(kind: str | None, contact: dict, tone: str) -> dict | None:
    """The best draft of `kind` for `contact`, or None when there is no such kind of message."""
    if kind not in MESSAGE_KINDS:
        return None
    drafts = suggest(
        kind,
        me=current_me(),
        contact=contact,
        talking_points=contact["talking_points"],
        tone=tone,
        count=1,
    )
    return drafts[0] if drafts else None
