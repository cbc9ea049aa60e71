"""The draft a page shows for a contact: the same call the suggestions route makes."""

import datetime

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.store.plan import interview_context
from server.store.talking_points import current_me

DEFAULT_TONE = "warm"


def tone_of(args) -> str:
    """The tone asked for in the query string, else the default."""
    return args.get("tone") if args.get("tone") in TONES else DEFAULT_TONE


def best_draft(
    kind: str | None, contact: dict, tone: str, interview_id: int | None = None
) -> dict | None:
    """The best draft of `kind` for `contact`, or None when there is no such kind of message.

    Like the suggestions route, it refers to `interview_id`, else the contact's latest interview,
    and to today's date, so a thank-you says "today" only when the interview was today.
    """
    if kind not in MESSAGE_KINDS:
        return None
    drafts = suggest(
        kind,
        me=current_me(),
        contact=contact,
        talking_points=contact["talking_points"],
        tone=tone,
        count=1,
        context=interview_context(contact["id"], interview_id),
        today=datetime.date.today(),
    )
    return drafts[0] if drafts else None
