"""Plan: which points each draft says, in which order, and how they combine.

Each kind of message yields its drafts best first. A note leads with the strongest point and
offers a related article in the same sentence; shared facts are joined into one sentence; a
school-led variant offers the alumni tie; follow-ups lead with value and repeat back the
timeframe; a check-in brings a different piece of value than the follow-up did.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from server.core.messages import realise as say
from server.core.messages import realise_email as mail
from server.core.messages.fit import Slot
from server.core.messages.timeline import Timeline
from server.core.messages.understand import Fact

SHARED_KINDS = ("alma_mater", "employer", "interest", "location")
# Something only the contact follows is said in a sentence of its own, never as shared.
FOLLOWED = "followed"
_NOTE_ANGLES = ("team", "role", "perspective")
_ENTHUSIASM_ANGLES = ("next_steps", "team", "fit")


@dataclass(frozen=True)
class Context:
    """Everything about the two people and the interview that every draft needs."""

    tone: str
    hello: str
    company: str | None
    facts: list[Fact]
    timeline: Timeline | None = None
    by_mail: bool = False
    # When the interview was, from today: "today", "yesterday", "on Tuesday", or "" unknown.
    when: str = ""

    @property
    def notes(self) -> list[Fact]:
        """What came up in the interview, and the user's own notes."""
        return [f for f in self.facts if f.kind in ("interview", "custom")]

    @property
    def shared(self) -> list[Fact]:
        """What both share, strongest first."""
        return [f for f in self.facts if f.kind in SHARED_KINDS]

    @property
    def followed(self) -> list[Fact]:
        """What the contact follows that ties to the user, strongest first."""
        return [f for f in self.facts if f.kind == FOLLOWED]

    @property
    def articles(self) -> list[Fact]:
        return [f for f in self.facts if f.kind == "article"]

    @property
    def nothing_shared(self) -> bool:
        """True when no point besides the interview itself is usable."""
        return all(f.kind == "interview" for f in self.facts)


@dataclass(frozen=True)
class Draft:
    """One planned message, its sentences realised, before it is fitted to the limit."""

    slots: list[Slot]
    lead: list[Fact]
    subjects: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _slot(
    options: list[str], weight: int, uses: tuple = (), *, optional: bool = False, sep: str = " "
) -> Slot:
    """A slot whose every phrasing says the same points."""
    opts = tuple(dict.fromkeys([*options, ""] if optional else options))
    return Slot(opts, weight, sep, tuple(uses if o else () for o in opts))


def is_work(fact: Fact) -> bool:
    """Tell whether a note is about the work (a topic, their team, a question they asked),
    something a follow-up can offer more on; a hobby or a shared moment is not."""
    lead = fact.clauses[0]
    return lead.about in ("topic", "team") or lead.what == "question"


def related(fact: Fact, articles: list[Fact]) -> Fact | None:
    """The first article sharing a topic word with a point, if any."""
    if not fact.words:
        return None
    return next((a for a in articles if a.words & fact.words), None)


def _rotate(options: list[str], turn: int) -> list[str]:
    """Start a list of phrasings at a different one for each variant."""
    turn %= max(len(options), 1)
    return options[turn:] + options[:turn]


def _shared_group(ctx: Context, skip: Fact | None = None) -> list[Fact]:
    """Up to two shared facts said together, schools and employers first."""
    return [f for f in ctx.shared if f is not skip][:2]


def _itself_reason(ctx: Context) -> str:
    """Why a draft rests on the interview alone."""
    if ctx.nothing_shared:
        return "Builds on the interview itself, since nothing shared was found."
    return "Builds on the interview itself."


# -- connection notes ------------------------------------------------------------------


def _note_lead(ctx: Context, lead: Fact, turn: int) -> tuple[list[Slot], list[Fact]]:
    """A note's opening slots for its leading point, with a related article offered in it."""
    tone = ctx.tone
    if lead.kind in SHARED_KINDS:
        group = [lead, *[f for f in _shared_group(ctx, lead)][:1]] if turn == 0 else [lead]
        slots = [
            _slot(say.note_opener(tone, ctx.hello, None, turn), 2),
            _slot(say.shared(tone, group, also=False), 8, tuple(group)),
        ]
        if lead.kind == "alma_mater":
            slots.append(_slot(say.alumni(tone, lead), 5, (lead,), optional=True))
        return slots, group
    if lead.kind == "article":
        return [
            _slot(say.note_opener(tone, ctx.hello, None, turn), 2),
            _slot(say.note_article(tone, lead), 8, (lead,)),
        ], [lead]
    if lead.kind == FOLLOWED:
        return [
            _slot(say.note_opener(tone, ctx.hello, None, turn), 2),
            _slot(say.followed(tone, lead, also=False), 8, (lead,)),
        ], [lead]
    article = related(lead, ctx.articles)
    topic = lead if say.is_topic(lead) else None
    opener = say.note_opener(tone, ctx.hello, None, turn)
    if lead.what == "question":
        # "Thanks for asking" follows, so the opener must not thank as well.
        opener = [o for o in say.note_opener(tone, ctx.hello, None, turn + 1) if "thank" not in o]
    if article is not None:
        options = say.segue(tone, lead, article)
        plain = say.mention(tone, lead, also=False)
        slots = [_slot(opener, 2)]
        if topic is not None:
            # The segue opens on the conversation itself, so it follows the greeting directly.
            options = [f"{ctx.hello} {o}" for o in options]
            plain = say.note_opener(tone, ctx.hello, topic, turn)
            slots = []
        uses = tuple([(lead, article)] * len(options) + [(lead,)] * len(plain))
        return [*slots, Slot(tuple([*options, *plain]), 8, " ", uses)], [lead, article]
    if topic is not None:
        return [_slot(say.note_opener(tone, ctx.hello, topic, turn), 8, (lead,))], [lead]
    return [_slot(opener, 2), _slot(say.mention(tone, lead, also=False), 8, (lead,))], [lead]


def connection_notes(ctx: Context) -> Iterator[Draft]:
    """Notes led by each point in turn, strongest first, then by the interview itself."""
    tone = ctx.tone
    leads = [f for f in ctx.facts]
    for turn, lead in enumerate(leads):
        slots, used = _note_lead(ctx, lead, turn)
        if turn == 0 and lead.kind not in SHARED_KINDS:
            # A shared interest the note already speaks of ("avid golfer", golf) is not repeated.
            group = [f for f in _shared_group(ctx) if not (f.words & lead.words)]
            follows = next((f for f in ctx.followed if f is not lead), None)
            if group:
                slots.append(
                    _slot(say.shared(tone, group, also=True), 4, tuple(group), optional=True)
                )
                used = [*used, *group]
            elif follows is not None:
                slots.append(
                    _slot(say.followed(tone, follows, also=True), 4, (follows,), optional=True)
                )
                used = [*used, follows]
        closers = say.note_closer(tone, turn)
        # A link must not end the note, so a note passing one keeps its closing line.
        slots.append(_slot(closers, 1, optional=lead.kind != "article"))
        yield Draft(slots, used)
    for turn, angle in enumerate(_NOTE_ANGLES, start=len(leads)):
        yield Draft(
            [
                _slot(say.note_opener(tone, ctx.hello, None, turn), 2),
                _slot(say.note_angle(tone, angle, ctx.company), 8),
                _slot(say.note_closer(tone, turn), 1, optional=True),
            ],
            [],
            reasons=[_itself_reason(ctx)],
        )


# -- emails ----------------------------------------------------------------------------


def _extra(ctx: Context, fact: Fact, topic: Fact | None) -> Slot:
    """The slot adding one more point to a thank-you; it may drop out."""
    tone = ctx.tone
    if fact.kind == "article":
        if ctx.by_mail:
            return _slot([""], 4)
        rel = topic if topic is not None and related(topic, [fact]) else None
        # An article unrelated to the talk may still fit something they follow.
        follows = None if rel else next((f for f in ctx.followed if related(f, [fact])), None)
        if follows is not None:
            options = say.pass_on(tone, fact, follows)
            return _slot(options, 4, (fact, follows), optional=True, sep="\n\n")
        return _slot(
            mail_pass_on(tone, fact, rel, also=rel is None), 4, (fact,), optional=True, sep="\n\n"
        )
    if fact.kind in SHARED_KINDS:
        group = [fact, *_shared_group(ctx, fact)][:2] if fact is ctx.shared[0] else [fact]
        options = say.email_shared(tone, group, also=topic is not None)
        if fact.kind == "alma_mater" and not ctx.by_mail:
            options = [f"{options[0]} {say.alumni(tone, fact)[0]}", *options]
        return _slot(options, 4, tuple(group), optional=True)
    if fact.kind == FOLLOWED:
        options = say.email_followed(tone, fact, also=topic is not None)
        return _slot(options, 4, (fact,), optional=True)
    return _slot(mail.discussed(tone, fact, also=topic is not None), 4, (fact,), optional=True)


def mail_pass_on(tone: str, article: Fact, fact: Fact | None, *, also: bool) -> list[str]:
    """An article passed on in an email, tied to the point it relates to."""
    return say.pass_on(tone, article, fact, also=also)


def thank_yous(ctx: Context) -> Iterator[Draft]:
    """Thank-yous naming what was discussed, the role and company, each adding another point."""
    tone = ctx.tone
    topic = next((f for f in ctx.facts if f.kind == "interview"), None)
    extras = [f for f in ctx.facts if f is not topic and not (ctx.by_mail and f.kind == "article")]
    subjects = (
        []
        if ctx.by_mail
        else mail.thank_you_subjects(tone, topic, ctx.company, ctx.timeline, ctx.when)
    )
    for turn in range(len(extras) + len(_ENTHUSIASM_ANGLES)):
        extra = extras[turn] if turn < len(extras) else None
        slots = [
            _slot([ctx.hello], 0, sep=""),
            _slot(
                mail.thanks_opening(tone, ctx.company, ctx.timeline, ctx.when, card=ctx.by_mail),
                3,
                sep="\n\n",
            ),
        ]
        used = []
        if topic is not None:
            slots.append(_slot(mail.discussed(tone, topic), 6, (topic,)))
            used.append(topic)
        if extra is not None:
            slots.append(_extra(ctx, extra, topic))
            used.append(extra)
        angle = _ENTHUSIASM_ANGLES[turn % len(_ENTHUSIASM_ANGLES)]
        if not ctx.by_mail:
            slots.append(_slot(mail.enthusiasm(tone, angle), 2, optional=True, sep="\n\n"))
        closing = mail.closing(tone, "thank_you")
        slots.append(_slot(closing[-1:] if ctx.by_mail else closing, 1, sep="\n\n"))
        reasons = [] if used else [_itself_reason(ctx)]
        if ctx.by_mail:
            reasons.append("A short card to write by hand, since they prefer mail.")
        yield Draft(slots, used, _rotate(subjects, turn), reasons)


def _values(ctx: Context) -> list[tuple[list[Fact], bool]]:
    """Pieces of value to lead a follow-up or check-in with, best first: (points, is article)."""
    tied: list[tuple[list[Fact], bool]] = []
    loose: list[tuple[list[Fact], bool]] = []
    work = [f for f in ctx.notes if is_work(f)]
    for article in ctx.articles:
        fact = next((f for f in ctx.notes if related(f, [article])), None)
        fact = fact or next(
            (f for f in [*ctx.shared, *ctx.followed] if related(f, [article])), None
        )
        if fact:
            tied.append(([article, fact], True))
        else:
            loose.append(([article], True))
    # An article tied to what they said comes first, then any article (something to pass on
    # is the clearest value), then more on the work itself, then an introduction to fellow
    # alumni.
    schools = [([f], False) for f in ctx.shared if f.kind == "alma_mater"][:1]
    return [*tied, *loose, *[([fact], False) for fact in work], *schools]


def _value_slot(ctx: Context, value: list[Fact], is_article: bool) -> Slot:
    """The paragraph that carries one piece of value."""
    if is_article:
        article, fact = value[0], (value[1] if len(value) > 1 else None)
        return _slot(say.pass_on(ctx.tone, article, fact), 8, tuple(value), sep="\n\n")
    if value[0].kind == "alma_mater":
        return _slot(say.alumni(ctx.tone, value[0]), 8, tuple(value), sep="\n\n")
    return _slot(mail.offer_on(ctx.tone, value[0]), 8, tuple(value), sep="\n\n")


def _sign_off(ctx: Context) -> list[str]:
    """A follow-up's last line: a warm word on what they said they were doing (a marathon, a
    trip), when a note tells of one, else the usual closing."""
    for fact in ctx.notes:
        if not is_work(fact):
            wish = [w for w in mail.hope_well(ctx.tone, fact) if w]
            if wish:
                return [*wish, *mail.closing(ctx.tone, "follow_up")]
    return mail.closing(ctx.tone, "follow_up")


def follow_ups(ctx: Context) -> Iterator[Draft]:
    """Follow-ups that lead with value, repeat back the timeframe and ask what else would help."""
    tone = ctx.tone
    leads = [
        (value, art, "Leads with something of value rather than a request for news.")
        for value, art in _values(ctx)
    ]
    reason = "Leads with an offer to help, not a request for news."
    for angle in ("team", "ideas", "thanks"):
        leads.append(([], angle == "team", reason))
    for turn, (value, is_article, why) in enumerate(leads):
        if value:
            first = _value_slot(ctx, value, is_article)
        else:
            first = _slot(
                mail.offer_help(tone, ("team", "ideas", "thanks")[turn % 3], ctx.company),
                8,
                sep="\n\n",
            )
        # Only the "ideas" offer names the company ("the team’s work at Fabrikam").
        named = not value and turn % 3 == 1
        slots = [
            _slot([ctx.hello], 0, sep=""),
            first,
            _slot(mail.timeframe(tone, ctx.timeline, ctx.company, named=named), 3, sep="\n\n"),
            _slot(mail.anything_else(tone), 2, sep=" "),
            _slot(_sign_off(ctx), 1, sep="\n\n"),
        ]
        reasons = [why]
        if ctx.timeline and ctx.timeline.decision:
            reasons.append("Refers to the timeframe they gave in the interview.")
        has_article = bool(value) and is_article
        yield Draft(
            slots,
            value,
            _rotate(mail.follow_up_subjects(tone, has_article, ctx.timeline), turn),
            reasons,
        )


def check_ins(ctx: Context) -> Iterator[Draft]:
    """Short check-ins, each with a piece of value the follow-up did not use."""
    values = _values(ctx)
    start = max(1, ctx.timeline.values_given if ctx.timeline else 1) % max(len(values), 1)
    ordered = values[start:] + values[:start]
    if len(values) == 1:
        # The follow-up already carried the only piece of value, and the same article twice is
        # no check-in: the offers lead, and it comes last.
        yield from _check_in_offers(ctx)
        yield from _check_in_values(ctx, ordered)
    else:
        yield from _check_in_values(ctx, ordered)
        yield from _check_in_offers(ctx)


def _check_in_values(ctx: Context, values: list[tuple[list[Fact], bool]]) -> Iterator[Draft]:
    """Check-ins each led by one piece of value."""
    for turn, (value, is_article) in enumerate(values):
        slots = [
            _slot([ctx.hello], 0, sep=""),
            _value_slot(ctx, value, is_article),
            _slot(mail.still_keen(ctx.tone, ctx.timeline, ctx.company), 2, sep="\n\n"),
            _slot(_sign_off(ctx), 1, sep="\n\n"),
        ]
        yield Draft(
            slots,
            value,
            _rotate(mail.check_in_subjects(ctx.tone, is_article), turn),
            ["Brings something new of value rather than a request for news."],
        )


def _check_in_offers(ctx: Context) -> Iterator[Draft]:
    """Check-ins led by an offer of help, when no new piece of value is left."""
    for turn, angle in enumerate(("ideas", "team", "thanks")):
        slots = [
            _slot([ctx.hello], 0, sep=""),
            _slot(mail.offer_help(ctx.tone, angle, ctx.company), 8, sep="\n\n"),
            _slot(mail.still_keen(ctx.tone, ctx.timeline, ctx.company), 2, sep="\n\n"),
            _slot(_sign_off(ctx), 1, sep="\n\n"),
        ]
        yield Draft(
            slots,
            [],
            _rotate(mail.check_in_subjects(ctx.tone, False), turn),
            ["Offers help rather than asking for news."],
        )


def stay_in_touch(ctx: Context) -> Iterator[Draft]:
    """Gracious notes after the process ended, asking for nothing."""
    tone = ctx.tone
    # The work first: a hobby seldom has a line worth saying once the process is over.
    notes = sorted(ctx.notes, key=lambda f: not is_work(f))
    options: list[Fact | None] = [*ctx.articles, *notes, None, None, None]
    for turn, fact in enumerate(options[:5]):
        slots = [
            _slot([ctx.hello], 0, sep=""),
            _slot(mail.gracious(tone, ctx.timeline, ctx.company, turn), 4, sep="\n\n"),
        ]
        used = []
        if fact is not None and fact.kind == "article":
            slots.append(
                _slot(say.pass_on(tone, fact, None), 3, (fact,), optional=True, sep="\n\n")
            )
            used.append(fact)
        elif fact is not None:
            options_ = mail.hope_well(tone, fact)
            slots.append(_slot(options_, 3, (fact,), sep=" "))
            used.append(fact)
        closing = mail.closing(tone, "stay_in_touch")
        slots.append(_slot(_rotate(closing, turn), 1, sep="\n\n"))
        yield Draft(
            slots,
            used,
            _rotate(mail.stay_in_touch_subjects(tone), turn),
            ["Gracious after the decision, and asks for nothing."],
        )


PLANNERS = {
    "connection_note": connection_notes,
    "thank_you": thank_yous,
    "follow_up": follow_ups,
    "check_in": check_ins,
    "stay_in_touch": stay_in_touch,
}
