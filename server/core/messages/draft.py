"""Draft messages: understand the points, plan each draft, realise it, fit it, check it."""

from datetime import date

from server.core.companies import company_name
from server.core.messages.check import message_limit
from server.core.messages.clean import clean_name
from server.core.messages.fit import fit, reads_cleanly
from server.core.messages.plan import PLANNERS, Context
from server.core.messages.realise import TONES, greeting
from server.core.messages.timeline import read_timeline, spoke_when
from server.core.messages.understand import understand
from server.core.talking_points import rank_key
from server.core.text import first_name, fold, utf16_len

MESSAGE_KINDS = ("connection_note", "thank_you", "follow_up", "check_in", "stay_in_touch")
# Drafts sharing more of their words than this read as copies of each other.
_TOO_SIMILAR = 0.85


def _current_company(contact: dict) -> str | None:
    """The contact's current employer, as a sentence would name it."""
    company = contact.get("current_company")
    if not isinstance(company, str) or not company.strip():
        current = [
            p for p in contact.get("positions") or [] if isinstance(p, dict) and not p.get("end")
        ]
        company = current[0].get("company") if current else None
    if not isinstance(company, str):
        return None
    return clean_name(company_name(company), max_length=50)


def _too_similar(text: str, earlier: list[str]) -> bool:
    """Tell whether a draft shares nearly all its words with one already chosen."""
    words = set(fold(text).split())
    for other in earlier:
        theirs = set(fold(other).split())
        if len(words & theirs) / max(len(words | theirs), 1) > _TOO_SIMILAR:
            return True
    return False


def suggest(
    kind: str,
    *,
    me: dict,
    contact: dict,
    talking_points: list[dict],
    tone: str = "warm",
    limit: int | None = None,
    count: int = 3,
    context: dict | None = None,
    today: date | None = None,
) -> list[dict]:
    """Drafts of one kind of message, best first, each keeping every rule of a good message.

    context is what `interview_context(...)` answers: the role, company and timeframe of the
    interview the draft follows. Without it the drafts still read well. today is the caller's
    local date (drafting has no clock): a thank-you says "today" only when the interview was
    today, "yesterday" the day after, and names no day when it cannot tell.
    """
    if kind not in MESSAGE_KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    me, contact = me or {}, contact or {}
    account_type = "premium" if me.get("account_type") == "premium" else "free"
    limit = message_limit(kind, limit, account_type)
    ranked = sorted((p for p in talking_points or [] if isinstance(p, dict)), key=rank_key)
    first = first_name(contact)
    facts = [f for f in (understand(raw, first) for raw in ranked) if f is not None]
    timeline = read_timeline(context)
    company = (timeline.company if timeline else None) or _current_company(contact)
    by_mail = kind == "thank_you" and contact.get("preferred_channel") == "mail"
    hello = greeting(tone, first, email=kind != "connection_note")
    when = spoke_when(timeline.on if timeline else None, today)
    ctx = Context(tone, hello, company, facts, timeline, by_mail, when)
    out: list[dict] = []
    for draft in PLANNERS[kind](ctx):
        if len(out) >= count:
            break
        fitted = fit(draft.slots, limit, first)
        if fitted is None:
            continue
        text, shortened, said = fitted
        if _too_similar(text, [s["text"] for s in out]):
            continue
        used = [f for f in draft.lead if f in said] + [f for f in said if f not in draft.lead]
        reasons = list(dict.fromkeys([f.reason for f in used] + draft.reasons))
        if shortened:
            reasons.append(f"Uses shorter phrasing to fit the {limit}-character limit.")
        out.append(
            {
                "kind": kind,
                "text": text,
                "subject": next((s for s in draft.subjects if reads_cleanly(s)), None),
                "length": utf16_len(text),
                "limit": limit,
                "tone": tone,
                "talking_points": list(dict.fromkeys(f.id for f in used if f.id is not None)),
                "reasons": reasons,
            }
        )
    return out
