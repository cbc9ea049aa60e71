"""The draft a page shows for a contact: the same call the suggestions route makes."""

import datetime

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.store.plan import interview_context
from server.store.talking_points import current_me

from .kept import Kept

DEFAULT_TONE = "warm"
# Drafts kept by everything they are written from: Today and a contact's page show the same
# few again on every visit, and each costs a run of the drafter (0.3 ms).
DRAFTS = Kept(256)


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
    inputs = {
        "kind": kind,
        "me": current_me(),
        "contact": contact,
        "tone": tone,
        "context": interview_context(contact["id"], interview_id),
        "today": datetime.date.today(),
    }
    return DRAFTS.get(inputs, lambda: _best(inputs))


def _best(inputs: dict) -> dict | None:
    contact = inputs["contact"]
    drafts = suggest(
        inputs["kind"],
        me=inputs["me"],
        contact=contact,
        talking_points=contact["talking_points"],
        tone=inputs["tone"],
        count=1,
        context=inputs["context"],
        today=inputs["today"],
    )
    return drafts[0] if drafts else None
