"""The agenda: what is due, worked out from opportunities, interviews, touches and a date.

Nothing is stored as "due": every call reads the whole plan afresh, so a touch logged or a
status changed moves the agenda at once. The rules, as a job seeker reads them:

- thank_you: each interviewer, on the interview's day; after a week its moment has passed,
  and a later interview with the same person replaces it.
- connection_request: each interviewer once, on the day you met them (their latest interview);
  any connection request to them answers it; it drops off two weeks on.
- follow_up: each interviewer of an opportunity's latest interview, three days after the
  decision was expected (ten days after the interview without a timeframe). A later interview
  in the same opportunity replaces the earlier one's follow-up.
- check_in: after a follow-up was sent, a week on, then once more two weeks after that; never
  more than twice.
- stay_in_touch: each interviewer of a rejected or withdrawn opportunity, three months after
  it ended.
- keep_searching: fewer than three active opportunities (not ended, not on the wishlist), or
  one waits on a decision (applied or interviewing) and none was added for a week; due a week
  after the latest one added. An accepted offer ends the search, until an opportunity is added
  after it: the next search, years on, is a search again.

An interview logged without interviewers still has its thank-you, follow-up and check-ins,
with no contact; a touch to anyone that names the interview or its opportunity answers them.
An ended opportunity (accepted, rejected, withdrawn) and one with an offer stop follow-ups and
check-ins: the decision is made. No follow-up, check-in or stay-in-touch is asked of a contact
sooner than a week after the last touch to them or another such nudge. Items left undone drop
off once their moment has passed (`timing.KEEPS`): the moment is the day the rule first makes
an item due, so a nudge moved on by spacing still drops off when its moment has gone, and an
item that has dropped off crowds no other. (A follow-up that lapsed a year ago never comes
back because the user has just written to the same person about something else.)
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from server.core.plan import why
from server.core.plan.model import (
    AGENDA_KINDS,
    CHANNELS,
    CLOSED_WITHOUT_OFFER,
    ENDED_STATUSES,
    AgendaItem,
    Interview,
    Opportunity,
    Person,
    Touch,
)
from server.core.plan.pipeline import Pipeline, added_on, search_ended, summarise_pipeline
from server.core.plan.timing import (
    ACTIVE_ENOUGH,
    CHECK_IN_GAPS,
    KEEP_SEARCHING_AFTER,
    KEEPS,
    QUIET_AFTER_TOUCH,
    follow_up_on,
    stay_in_touch_on,
)

__all__ = ["DRAFT_KINDS", "agenda_after_touches", "build_agenda", "follow_up_on"]

DRAFT_KINDS = {
    "thank_you": "thank_you",
    "connection_request": "connection_note",
    "follow_up": "follow_up",
    "check_in": "check_in",
    "stay_in_touch": "stay_in_touch",
    "keep_searching": None,
}
# The nudges that must never crowd a contact: at least a week apart and after any touch.
NUDGES = ("follow_up", "check_in", "stay_in_touch")
# With an offer the decision is made; the next move is the user's, not a follow-up.
NO_FOLLOW_UP_STATUSES = (*ENDED_STATUSES, "offer")
KIND_ORDER = {kind: index for index, kind in enumerate(AGENDA_KINDS)}


@dataclass
class _Due:
    """One item before its words are written: spacing can still move its day."""

    id: str
    kind: str
    due: datetime.date
    person: Person | None = None
    opportunity: Opportunity | None = None
    interview: Interview | None = None
    channel: str | None = None
    words: dict = field(default_factory=dict)


class _Plan:
    """The inputs indexed for the rules, in an order that never depends on the input lists'."""

    def __init__(self, opportunities, interviews, touches, people):
        self.opportunities = {o.id: o for o in opportunities}
        self.people = {p.id: p for p in _values(people)}
        self.interviews = {
            i.id: i
            for i in sorted(interviews, key=_interview_order)
            if i.opportunity_id in self.opportunities
        }
        # Each interview's interviewers still among the contacts, each once.
        self.panels = {
            i.id: sorted({c for c in i.interviewer_ids if c in self.people})
            for i in self.interviews.values()
        }
        self.by_opportunity = defaultdict(list)
        self.by_contact = defaultdict(list)
        for interview in self.interviews.values():
            self.by_opportunity[interview.opportunity_id].append(interview)
            for contact_id in self.panels[interview.id]:
                self.by_contact[contact_id].append(interview)
        self.touches = defaultdict(list)
        self.touches_of_kind = defaultdict(list)
        # For interviews logged without interviewers: touches that say what they were for.
        self.touches_naming = defaultdict(list)
        for touch in sorted(touches, key=lambda t: (t.sent_on, t.id)):
            self.touches[touch.contact_id].append(touch)
            self.touches_of_kind[touch.contact_id, touch.kind].append(touch)
            if touch.interview_id is not None or touch.opportunity_id is not None:
                self.touches_naming[touch.kind].append(touch)

    def interviewers(self, interview: Interview) -> list[int]:
        return self.panels[interview.id]

    def touches_for(self, contact_id: int | None, kind: str, interview: Interview) -> list[Touch]:
        """The touches of a kind to a contact (None: to anyone) for an interview, oldest first."""
        if contact_id is None:
            sent = self.touches_naming[kind]
        else:
            sent = self.touches_of_kind[contact_id, kind]
        return [t for t in sent if self._belongs(t, interview)]

    def _belongs(self, touch: Touch, interview: Interview) -> bool:
        if touch.interview_id == interview.id:
            return True
        named = self.interviews.get(touch.interview_id)
        if named is not None:
            # Another interview of the same opportunity counts once this one has taken place.
            same = named.opportunity_id == interview.opportunity_id
            return same and touch.sent_on >= interview.on
        if touch.opportunity_id is not None and touch.opportunity_id != interview.opportunity_id:
            return False
        return touch.sent_on >= interview.on


def build_agenda(
    *,
    opportunities,
    interviews,
    touches,
    people,
    today: datetime.date,
    days: int = 14,
    pipeline: Pipeline | None = None,
) -> list[AgendaItem]:
    """Everything due: overdue items always, then today's, then what comes within `days`.

    `pipeline` is what keep_searching reads of every opportunity (`summarise_pipeline`); a
    store that hands over only the opportunities `horizon` keeps live counts it separately.
    """
    plan = _Plan(opportunities, interviews, touches, people)
    found = [
        *_thank_yous(plan, today),
        *_connection_requests(plan, today),
        *_follow_ups_and_check_ins(plan),
        *_stay_in_touch(plan),
    ]
    found = [due for due in found if due.due + KEEPS[due.kind] >= today]
    _space_nudges(found, plan)
    if pipeline is None:
        pipeline = summarise_pipeline(plan.opportunities.values())
    found.extend(_keep_searching(pipeline, today))
    last_day = today + datetime.timedelta(days=max(days, 0))
    items = [_item(due, plan, today) for due in found if due.due <= last_day]
    return sorted(items, key=_agenda_order)


def agenda_after_touches(
    previous: list[AgendaItem],
    added: list[Touch],
    *,
    opportunities,
    interviews,
    touches,
    people,
    today: datetime.date,
    days: int = 14,
    pipeline: Pipeline | None = None,
) -> list[AgendaItem]:
    """`build_agenda` of the plan, given its agenda before the touches `added` (which
    `touches` already holds), working out again only what those touches can change.

    A touch changes only its contact's items (what was sent to them, and how their nudges
    are spaced) and, when it names an opportunity, the items of that opportunity's
    interviews logged without interviewers. So those are worked out from the part of the plan
    they read, and every other item stays as it was.
    """
    index = {i.id: i for i in interviews}
    contacts = {t.contact_id for t in added}
    named = {_named_opportunity(t, index) for t in added} - {None}
    if any(t.interview_id is not None and t.interview_id not in index for t in added):
        # A touch naming an interview the plan does not hold can answer any opportunity's.
        named = {o.id for o in opportunities}
    # Every opportunity the contacts were interviewed for or their touches name, whole.
    involved = {i.opportunity_id for i in interviews if contacts & set(i.interviewer_ids)}
    involved |= named
    involved |= {_named_opportunity(t, index) for t in touches if t.contact_id in contacts}
    part = {
        "opportunities": [o for o in opportunities if o.id in involved],
        "interviews": [i for i in interviews if i.opportunity_id in involved],
        "touches": [t for t in touches if _reads(t, contacts, involved, index)],
        "people": people,
    }

    def changed(item: AgendaItem) -> bool:
        if item.contact_id is not None:
            return item.contact_id in contacts
        return item.opportunity_id in named

    kept = [item for item in previous if not changed(item)]
    worked_out = build_agenda(**part, today=today, days=days, pipeline=pipeline or Pipeline())
    return sorted(kept + [item for item in worked_out if changed(item)], key=_agenda_order)


def _reads(touch: Touch, contacts: set, involved: set, interviews: dict) -> bool:
    """Whether the items of `contacts` and of `involved` opportunities can read a touch: one
    to those contacts, one for those opportunities, or one naming an interview not held."""
    if touch.contact_id in contacts:
        return True
    opportunity = _named_opportunity(touch, interviews)
    return opportunity in involved or (opportunity is None and touch.interview_id is not None)


def _named_opportunity(touch: Touch, interviews: dict) -> int | None:
    """The opportunity a touch is for: its own, else its interview's."""
    if touch.opportunity_id is not None:
        return touch.opportunity_id
    interview = interviews.get(touch.interview_id)
    return interview.opportunity_id if interview else None


def _thank_yous(plan: _Plan, today: datetime.date):
    for contact_id, met in plan.by_contact.items():
        held = [i for i in met if i.on <= today]
        # A later interview with the same person replaces an earlier one's thank-you.
        for interview in held[-1:] + met[len(held) :]:
            if plan.touches_for(contact_id, "thank_you", interview):
                continue
            person = plan.people[contact_id]
            yield _Due(
                id=f"thank_you:i{interview.id}:c{contact_id}",
                kind="thank_you",
                due=interview.on,
                person=person,
                opportunity=plan.opportunities[interview.opportunity_id],
                interview=interview,
                channel=_channel(person),
            )
    # An interview logged without interviewers still deserves its thank-you.
    for interview in plan.interviews.values():
        if plan.panels[interview.id] or plan.touches_for(None, "thank_you", interview):
            continue
        yield _Due(
            id=f"thank_you:i{interview.id}",
            kind="thank_you",
            due=interview.on,
            opportunity=plan.opportunities[interview.opportunity_id],
            interview=interview,
        )


def _connection_requests(plan: _Plan, today: datetime.date):
    for contact_id, met in plan.by_contact.items():
        if plan.touches_of_kind[contact_id, "connection_request"]:
            continue
        held = [i for i in met if i.on <= today]
        coming = met[len(held) :]
        interview = held[-1] if held else coming[0]
        if coming and interview.on + KEEPS["connection_request"] < today:
            interview = coming[0]
        yield _Due(
            id=f"connection_request:i{interview.id}:c{contact_id}",
            kind="connection_request",
            due=interview.on,
            person=plan.people[contact_id],
            opportunity=plan.opportunities[interview.opportunity_id],
            interview=interview,
            channel="linkedin",
        )


def _follow_ups_and_check_ins(plan: _Plan):
    for opportunity_id, talks in plan.by_opportunity.items():
        opportunity = plan.opportunities[opportunity_id]
        if opportunity.status in NO_FOLLOW_UP_STATUSES:
            continue
        latest = talks[-1]
        # Without interviewers logged, the follow-up is to whoever the user knows there.
        for contact_id in plan.interviewers(latest) or [None]:
            person = plan.people.get(contact_id)
            whom = f":c{contact_id}" if person else ""
            base = _Due(
                id=f"follow_up:i{latest.id}{whom}",
                kind="follow_up",
                due=follow_up_on(latest),
                person=person,
                opportunity=opportunity,
                interview=latest,
                channel=_channel(person),
            )
            followed_up = plan.touches_for(contact_id, "follow_up", latest)
            if not followed_up:
                yield base
                continue
            since = followed_up[0].sent_on
            checked_in = [
                t for t in plan.touches_for(contact_id, "check_in", latest) if t.sent_on >= since
            ]
            if len(checked_in) >= len(CHECK_IN_GAPS):
                continue
            sequence = len(checked_in) + 1
            # A touch logged before the interview day still leaves the check-in after it.
            last = max(checked_in[-1].sent_on if checked_in else since, latest.on)
            base.id = f"check_in:i{latest.id}{whom}:{sequence}"
            base.kind = "check_in"
            base.due = last + CHECK_IN_GAPS[sequence - 1]
            base.words = {"sequence": sequence, "last_touch_on": last}
            yield base


def _stay_in_touch(plan: _Plan):
    for opportunity_id, talks in plan.by_opportunity.items():
        opportunity = plan.opportunities[opportunity_id]
        if opportunity.status not in CLOSED_WITHOUT_OFFER:
            continue
        # Counted from when it ended, and never from before the last interview.
        ended_on = max(filter(None, (opportunity.status_changed_on, talks[-1].on)))
        contacts = sorted({c for interview in talks for c in plan.interviewers(interview)})
        for contact_id in contacts:
            if any(
                t.sent_on >= ended_on and _names_opportunity(plan, t, opportunity_id)
                for t in plan.touches_of_kind[contact_id, "stay_in_touch"]
            ):
                continue
            person = plan.people[contact_id]
            yield _Due(
                id=f"stay_in_touch:o{opportunity_id}:c{contact_id}",
                kind="stay_in_touch",
                due=stay_in_touch_on(ended_on),
                person=person,
                opportunity=opportunity,
                interview=talks[-1],
                channel=_channel(person),
                words={"ended_on": ended_on},
            )


def _names_opportunity(plan: _Plan, touch: Touch, opportunity_id: int) -> bool:
    """Whether a touch is for an opportunity, or names none at all."""
    named = plan.interviews.get(touch.interview_id)
    if named is not None:
        return named.opportunity_id == opportunity_id
    return touch.opportunity_id in (None, opportunity_id)


def _keep_searching(pipeline: Pipeline, today: datetime.date):
    if search_ended(pipeline):
        return
    latest = pipeline.latest
    due = added_on(latest) + KEEP_SEARCHING_AFTER if latest else today
    if pipeline.active >= ACTIVE_ENOUGH and not (pipeline.latest_waiting and due <= today):
        return
    yield _Due(
        id=f"keep_searching:o{latest.id}" if latest else "keep_searching",
        kind="keep_searching",
        due=due,
        words={
            "active": pipeline.active,
            "waiting": pipeline.latest_waiting,
            "last_added": added_on(latest) if latest else None,
        },
    )


def _space_nudges(found: list[_Due], plan: _Plan) -> None:
    """Move each contact's nudges to at least a week after their last touch and each other."""
    by_contact = defaultdict(list)
    for due in found:
        if due.kind in NUDGES and due.person:
            by_contact[due.person.id].append(due)
    for contact_id, nudges in by_contact.items():
        touched = [t.sent_on for t in plan.touches[contact_id]]
        earliest = max(touched) + QUIET_AFTER_TOUCH if touched else None
        for nudge in sorted(nudges, key=lambda d: (d.due, KIND_ORDER[d.kind], d.id)):
            if earliest is not None and nudge.due < earliest:
                nudge.due = earliest
            earliest = nudge.due + QUIET_AFTER_TOUCH


def _item(due: _Due, plan: _Plan, today: datetime.date) -> AgendaItem:
    return AgendaItem(
        id=due.id,
        kind=due.kind,
        due=due.due,
        state=_state(due.due, today),
        why=_why(due, today),
        contact_id=due.person.id if due.person else None,
        opportunity_id=due.opportunity.id if due.opportunity else None,
        interview_id=due.interview.id if due.interview else None,
        draft_kind=DRAFT_KINDS[due.kind],
        channel=due.channel,
        extra={"sequence": due.words["sequence"]} if due.kind == "check_in" else {},
    )


def _why(due: _Due, today: datetime.date) -> str:
    words = tuple(sorted(due.words.items()))
    return _why_words(
        due.kind, due.person, due.opportunity, due.interview, due.channel, due.due, words, today
    )


# The agenda is worked out again after every write, and nearly every item's words are the
# same as the last time: each is written once for the inputs that show in it.
@lru_cache(maxsize=4096)
def _why_words(kind, person, opportunity, interview, channel, due, words, today) -> str:
    words = dict(words)
    if kind == "thank_you":
        return why.thank_you(person, opportunity, interview, today, channel == "mail")
    if kind == "connection_request":
        return why.connection_request(person, opportunity, interview, today)
    if kind == "follow_up":
        return why.follow_up(person, opportunity, interview, due, today)
    if kind == "check_in":
        return why.check_in(person, opportunity, **words, today=today)
    if kind == "stay_in_touch":
        return why.stay_in_touch(person, opportunity, words["ended_on"], today)
    return why.keep_searching(**words, today=today)


def _state(due: datetime.date, today: datetime.date) -> str:
    if due < today:
        return "overdue"
    return "today" if due == today else "upcoming"


def _channel(person: Person | None) -> str | None:
    if person is None or person.preferred_channel not in CHANNELS:
        return None
    return person.preferred_channel


def _interview_order(interview: Interview):
    return (interview.on, interview.at or datetime.time.min, interview.id)


def _agenda_order(item: AgendaItem):
    return (
        item.due,
        KIND_ORDER[item.kind],
        item.opportunity_id or 0,
        item.interview_id or 0,
        item.contact_id or 0,
        item.id,
    )


def _values(collection):
    return collection.values() if isinstance(collection, dict) else collection
