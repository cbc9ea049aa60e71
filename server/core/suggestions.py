"""Draft connection notes, thank-you emails and follow-ups built on what the two people share."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from server.core import email_wording, wording
from server.core.companies import company_name
from server.core.fitting import Slot, fit, reads_cleanly
from server.core.fragments import clean_name
from server.core.lint import message_limit
from server.core.point_wording import FACT_KINDS, Point, prepare_point
from server.core.talking_points import rank_key
from server.core.text import first_name, fold, utf16_len
from server.core.wording import TONES

MESSAGE_KINDS = ("connection_note", "thank_you", "follow_up")
# Drafts sharing more of their words than this read as copies of each other.
_TOO_SIMILAR = 0.85
_ENTHUSIASM_ANGLES = ("next_steps", "team", "fit")
_NOTE_ANGLES = ("team", "role", "perspective")


@dataclass(frozen=True)
class Context:
    """Everything about the two people that every draft needs."""

    tone: str
    hello: str
    company: str | None
    points: list[Point]

    @property
    def nothing_shared(self) -> bool:
        """True when no point besides the interview itself is usable."""
        return all(p.kind == "interview" for p in self.points)


@dataclass(frozen=True)
class Draft:
    """One way to write the message, before it is fitted to the limit."""

    slots: list[Slot]
    points: list[Point]
    subjects: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


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


def _rotate(options: list[str], turn: int) -> list[str]:
    """Start a list of phrasings at a different one for each variant."""
    turn %= max(len(options), 1)
    return options[turn:] + options[:turn]


def _note_sentences(tone: str, point: Point, *, also: bool) -> list[str]:
    """Connection-note sentences that carry one point."""
    if point.kind in FACT_KINDS:
        small_world = point.kind in ("alma_mater", "employer")
        return wording.note_segue(tone, point.facts[tone], also=also, small_world=small_world)
    if point.kind == "article":
        return wording.note_article(tone, point.reference(), point.url)
    if point.kind == "custom":
        return [point.sentence]
    return []


def _note_drafts(ctx: Context) -> Iterator[Draft]:
    """Connection notes: one led by each point, strongest first, then the interview itself."""
    tone = ctx.tone
    for turn, lead in enumerate(ctx.points):
        support = None
        if turn == 0:
            support = next(
                (
                    p
                    for p in ctx.points[1:]
                    if p.kind in (*FACT_KINDS, "custom") and p.kind != lead.kind
                ),
                None,
            )
        closers = wording.note_closer(tone, turn)
        if lead.kind == "interview":
            slots = [Slot(tuple(wording.note_opener(tone, ctx.hello, lead.topic, turn)), 8)]
        else:
            slots = [
                Slot(tuple(wording.note_opener(tone, ctx.hello, None, turn)), 2),
                Slot(tuple(_note_sentences(tone, lead, also=False)), 8),
            ]
        if support is not None:
            slots.append(Slot((*_note_sentences(tone, support, also=True), ""), 4))
        # A link must not end the note, so a note passing one keeps its closing line.
        slots.append(Slot(tuple(closers) if lead.kind == "article" else (*closers, ""), 1))
        used = [lead, support] if support else [lead]
        yield Draft(slots, used)
    for turn, angle in enumerate(_NOTE_ANGLES, start=len(ctx.points)):
        yield Draft(
            [
                Slot(tuple(wording.note_opener(tone, ctx.hello, None, turn)), 2),
                Slot(tuple(wording.note_angle(tone, angle, ctx.company)), 8),
                Slot((*wording.note_closer(tone, turn), ""), 1),
            ],
            [],
            reasons=[_itself_reason(ctx)],
        )


def _itself_reason(ctx: Context) -> str:
    """Why a draft rests on the interview alone."""
    if ctx.nothing_shared:
        return "Builds on the interview itself, since nothing shared was found."
    return "Builds on the interview itself."


def _email_extra(tone: str, point: Point) -> Slot:
    """The slot adding one more point to a thank-you email; it may drop out."""
    if point.kind == "article":
        options = email_wording.email_extra(
            tone, "article", reference=point.reference(), url=point.url
        )
        return Slot((*options, ""), 4, "\n\n")
    if point.kind == "custom":
        return Slot((point.sentence, ""), 4)
    if point.kind == "interview":
        return Slot((*email_wording.email_extra(tone, "interview", topic=point.topic), ""), 4)
    return Slot((*email_wording.email_extra(tone, point.kind, facts=point.facts[tone]), ""), 4)


def _thank_you_drafts(ctx: Context) -> Iterator[Draft]:
    """Thank-you emails naming the interview topic, each adding a different shared point."""
    tone = ctx.tone
    topic = next((p for p in ctx.points if p.kind == "interview"), None)
    extras = [p for p in ctx.points if p is not topic]
    subjects = email_wording.thank_you_subjects(tone, topic.topic if topic else None, ctx.company)
    for turn in range(len(extras) + len(_ENTHUSIASM_ANGLES)):
        extra = extras[turn] if turn < len(extras) else None
        slots = [
            Slot((ctx.hello,), 0, ""),
            Slot(tuple(email_wording.thanks_opening(tone, ctx.company)), 3, "\n\n"),
        ]
        if topic is not None:
            slots.append(Slot(tuple(email_wording.topic_sentence(tone, topic.topic)), 6))
        if extra is not None:
            slots.append(_email_extra(tone, extra))
        angle = _ENTHUSIASM_ANGLES[turn % len(_ENTHUSIASM_ANGLES)]
        slots.append(Slot((*email_wording.enthusiasm(tone, angle), ""), 2, "\n\n"))
        slots.append(Slot(tuple(email_wording.email_closing(tone, "thank_you")), 1, "\n\n"))
        used = [p for p in (topic, extra) if p is not None]
        reasons = [] if used else [_itself_reason(ctx)]
        yield Draft(slots, used, _rotate(subjects, turn), reasons)


def _follow_up_drafts(ctx: Context) -> Iterator[Draft]:
    """Follow-ups that each lead with something of value: an article, an idea, an offer."""
    tone = ctx.tone
    interviews = [p for p in ctx.points if p.kind == "interview"]
    topic = interviews[0] if interviews else None
    # (phrasings, points used, passes an article, names the company, reason)
    leads: list[tuple[list[str], list[Point], bool, bool, str]] = []
    for article in (p for p in ctx.points if p.kind == "article"):
        options = email_wording.follow_up_article(
            tone, article.reference(), article.url, topic.topic if topic else None
        )
        reason = "Leads with something of value rather than a request for news."
        leads.append((options, [article, topic] if topic else [article], True, False, reason))
    for interview in interviews:
        reason = "Leads with an offer to share ideas, not a request for news."
        options = email_wording.follow_up_idea(tone, interview.topic)
        leads.append((options, [interview], False, False, reason))
    for angle in ("team", "ideas", "thanks"):
        options = email_wording.follow_up_offer(tone, angle, ctx.company)
        reason = "Leads with an offer to help, not a request for news."
        leads.append((options, [], False, angle == "team", reason))
    for turn, (options, used, has_article, names_company, reason) in enumerate(leads):
        subjects = email_wording.follow_up_subjects(
            tone, has_article, topic.topic if topic else None
        )
        slots = [
            Slot((ctx.hello,), 0, ""),
            Slot(tuple(options), 8, "\n\n"),
            # Naming the company twice in three lines reads as a form letter.
            Slot(
                (
                    *email_wording.follow_up_interest(tone, None if names_company else ctx.company),
                    "",
                ),
                2,
                "\n\n",
            ),
            Slot(tuple(email_wording.email_closing(tone, "follow_up")), 1, "\n\n"),
        ]
        yield Draft(slots, used, _rotate(subjects, turn), [reason])


def _word_set(text: str) -> set[str]:
    """The distinct words of a text, for telling near-copies apart."""
    return set(fold(text).split())


def _too_similar(text: str, earlier: list[str]) -> bool:
    """Tell whether a draft shares nearly all its words with one already chosen."""
    words = _word_set(text)
    for other in earlier:
        theirs = _word_set(other)
        if len(words & theirs) / max(len(words | theirs), 1) > _TOO_SIMILAR:
            return True
    return False


_DRAFTERS = {
    "connection_note": _note_drafts,
    "thank_you": _thank_you_drafts,
    "follow_up": _follow_up_drafts,
}


def suggest(
    kind: str,
    *,
    me: dict,
    contact: dict,
    talking_points: list[dict],
    tone: str = "warm",
    limit: int | None = None,
    count: int = 3,
) -> list[dict]:
    """Drafts of one kind of message, best first, each keeping every rule of a good message."""
    if kind not in MESSAGE_KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    me, contact = me or {}, contact or {}
    account_type = "premium" if me.get("account_type") == "premium" else "free"
    limit = message_limit(kind, limit, account_type)
    ranked = sorted((p for p in talking_points or [] if isinstance(p, dict)), key=rank_key)
    first = first_name(contact)
    points = [p for p in (prepare_point(raw, first) for raw in ranked) if p is not None]
    hello = wording.greeting(tone, first, email=kind != "connection_note")
    ctx = Context(tone, hello, _current_company(contact), points)
    out: list[dict] = []
    for draft in _DRAFTERS[kind](ctx):
        if len(out) >= count:
            break
        fitted = fit(draft.slots, limit)
        if fitted is None:
            continue
        text, shortened = fitted
        if _too_similar(text, [s["text"] for s in out]):
            continue
        used = [p for p in draft.points if p.used_in(text)]
        reasons = [p.reason for p in used] + draft.reasons
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
                "talking_points": [p.id for p in used if p.id is not None],
                "reasons": reasons,
            }
        )
    return out
