"""Properties of every agenda, for random plans: nothing early, nothing crowded, ids that hold."""

import datetime
from collections import defaultdict
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from server.core.plan import agenda_after_touches, build_agenda, follow_up_on
from server.core.plan.model import (
    CHANNELS,
    ENDED_STATUSES,
    OPPORTUNITY_STATUSES,
    TOUCH_KINDS,
    Interview,
    Opportunity,
    Person,
    Touch,
)
from server.core.plan.timing import decision_day
from tests.properties import LARGE_EXAMPLES

START = datetime.date(2026, 11, 1)
WEEK = datetime.timedelta(days=7)
NUDGES = ("follow_up", "check_in", "stay_in_touch")
# Days close together, so interviews, touches and today often fall within a week or two.
DAY = st.one_of(st.integers(0, 12), st.integers(0, 90)).map(
    lambda n: START + datetime.timedelta(days=n)
)
LATE_DAY = st.one_of(st.integers(6, 20), st.integers(20, 90)).map(
    lambda n: START + datetime.timedelta(days=n)
)
TIMEFRAME = st.one_of(
    st.sampled_from(
        ["", "about a week", "by Friday", "two weeks", "end of the month", "Dec 18", "ASAP"]
    ),
    st.text(max_size=20),
)


@st.composite
def plans(draw):
    """People, opportunities, interviews and touches that mostly meet; a few ids point nowhere."""
    people = [
        Person(
            id=n,
            full_name=draw(st.sampled_from(["Priya Raman", "Sam Okafor", "", "  ", "李 娜"])),
            first_name=draw(st.sampled_from(["", "Priya", "Sam"])),
            preferred_channel=draw(st.sampled_from(["", *CHANNELS])),
        )
        for n in range(1, draw(st.integers(1, 3)) + 1)
    ]
    opportunities = [
        Opportunity(
            id=n,
            company=draw(st.sampled_from(["Northwind", "Contoso", ""])),
            role="Engineer",
            # Most opportunities are under way, where follow-ups and check-ins happen.
            status=draw(st.sampled_from(["interviewing", "applied", *OPPORTUNITY_STATUSES])),
            created_on=draw(DAY),
            status_changed_on=draw(st.none() | DAY),
            applied_on=draw(st.none() | DAY),
        )
        for n in range(1, draw(st.integers(1, 3)) + 1)
    ]
    # One id past the end of each list: a deleted contact, opportunity or interview.
    contact_id = st.integers(1, len(people) + 1)
    opportunity_id = st.integers(1, len(opportunities) + 1)
    interviews = [
        Interview(
            id=100 + n,
            opportunity_id=draw(opportunity_id),
            on=draw(DAY),
            interviewer_ids=tuple(draw(st.lists(contact_id, min_size=1, max_size=3))),
            at=draw(st.none() | st.times()),
            timeframe=draw(TIMEFRAME),
            decide_by=draw(st.none() | DAY),
        )
        for n in range(draw(st.integers(0, 5)))
    ]
    interview_id = st.integers(100, 100 + len(interviews))
    # Touches that follow the interviews as people send them, a few days on and in sequence...
    touches = []
    for interview in interviews:
        sent_on = interview.on
        for kind in draw(st.lists(st.sampled_from(TOUCH_KINDS), max_size=4)):
            sent_on += datetime.timedelta(days=draw(st.integers(-1, 12)))
            touches.append(
                Touch(
                    id=len(touches),
                    contact_id=draw(st.sampled_from(interview.interviewer_ids)),
                    kind=kind,
                    channel=draw(st.sampled_from(CHANNELS)),
                    sent_on=sent_on,
                    interview_id=draw(st.sampled_from([None, interview.id])),
                )
            )
    # ...and a few that land anywhere.
    for _ in range(draw(st.integers(0, 4))):
        touches.append(
            Touch(
                id=len(touches),
                contact_id=draw(contact_id),
                kind=draw(st.sampled_from(TOUCH_KINDS)),
                channel=draw(st.sampled_from(CHANNELS)),
                sent_on=draw(DAY),
                interview_id=draw(st.none() | interview_id),
                opportunity_id=draw(st.none() | opportunity_id),
            )
        )
    return {
        "opportunities": opportunities,
        "interviews": interviews,
        "touches": touches,
        "people": people,
        # Late in the span most days, so interviews and touches are behind it.
        "today": draw(st.one_of(LATE_DAY, DAY)),
        "days": draw(st.integers(0, 120)),
    }


@LARGE_EXAMPLES
@given(plans())
def test_ids_are_unique_and_states_and_window_follow_the_day(plan):
    items = build_agenda(**plan)
    assert len({i.id for i in items}) == len(items)
    today, last_day = plan["today"], plan["today"] + datetime.timedelta(days=plan["days"])
    for item in items:
        assert item.due <= last_day
        expected = "overdue" if item.due < today else "today" if item.due == today else "upcoming"
        assert item.state == expected
    assert [i.due for i in items] == sorted(i.due for i in items)


@LARGE_EXAMPLES
@given(plans())
def test_no_item_is_due_before_its_interview_nor_a_follow_up_before_the_decision(plan):
    interviews = {i.id: i for i in plan["interviews"]}
    for item in build_agenda(**plan):
        if item.interview_id is not None:
            interview = interviews[item.interview_id]
            assert item.due >= interview.on
        if item.kind == "follow_up":
            assert item.due >= follow_up_on(interview)
            decided = decision_day(interview)
            assert decided is None or item.due > decided


@LARGE_EXAMPLES
@given(plans())
def test_no_contact_is_asked_for_two_nudges_within_a_week_or_a_week_after_a_touch(plan):
    touched = defaultdict(list)
    for touch in plan["touches"]:
        touched[touch.contact_id].append(touch.sent_on)
    asked = defaultdict(list)
    for item in build_agenda(**plan):
        if item.kind in NUDGES:
            asked[item.contact_id].append(item.due)
            assert all(item.due >= sent + WEEK for sent in touched[item.contact_id])
    for days in asked.values():
        days.sort()
        assert all(later - earlier >= WEEK for earlier, later in pairwise(days))


@LARGE_EXAMPLES
@given(plans())
def test_one_thank_you_due_and_one_connection_request_per_contact_at_most(plan):
    thank_yous, requests = defaultdict(int), defaultdict(int)
    for item in build_agenda(**plan):
        if item.contact_id is None:
            assert item.kind in ("thank_you", "follow_up", "check_in", "keep_searching")
        elif item.kind == "thank_you" and item.due <= plan["today"]:
            thank_yous[item.contact_id] += 1
        elif item.kind == "connection_request":
            requests[item.contact_id] += 1
    assert all(n == 1 for n in thank_yous.values())
    assert all(n == 1 for n in requests.values())


@LARGE_EXAMPLES
@given(plans())
def test_an_ended_opportunity_has_no_follow_up_or_check_in(plan):
    ended = {o.id for o in plan["opportunities"] if o.status in ENDED_STATUSES}
    for item in build_agenda(**plan):
        if item.kind in ("follow_up", "check_in"):
            assert item.opportunity_id not in ended


@LARGE_EXAMPLES
@given(plans(), st.randoms(use_true_random=False))
def test_the_agenda_is_the_same_whatever_order_its_inputs_come_in(plan, random):
    shuffled = dict(plan)
    for key in ("opportunities", "interviews", "touches", "people"):
        shuffled[key] = random.sample(plan[key], len(plan[key]))
    assert build_agenda(**shuffled) == build_agenda(**plan)


@settings(LARGE_EXAMPLES, max_examples=400)
@given(plans(), st.data())
def test_the_agenda_after_touches_is_the_agenda_worked_out_whole(plan, data):
    """Working out again only what new touches can change gives the whole plan's agenda."""
    people = [p.id for p in plan["people"]] + [99]
    opportunities = [o.id for o in plan["opportunities"]] + [9999]
    added = []
    for n in range(data.draw(st.integers(1, 3))):
        # Mostly as "Mark sent" sends them: to someone interviewed, naming the interview.
        interview = data.draw(st.none() | st.sampled_from(plan["interviews"] or [None]))
        named = data.draw(st.sampled_from(["interview", "opportunity", "both", "nothing"]))
        added.append(
            Touch(
                id=1000 + n,
                contact_id=data.draw(
                    st.sampled_from(list(interview.interviewer_ids)) | st.sampled_from(people)
                    if interview
                    else st.sampled_from(people)
                ),
                kind=data.draw(st.sampled_from(TOUCH_KINDS)),
                channel=data.draw(st.sampled_from(CHANNELS)),
                sent_on=(interview.on if interview else START)
                + datetime.timedelta(days=data.draw(st.integers(-1, 20))),
                interview_id=interview.id if interview and named in ("interview", "both") else
                data.draw(st.none() | st.just(999)),
                opportunity_id=(interview.opportunity_id if interview and named != "nothing"
                                else data.draw(st.none() | st.sampled_from(opportunities))),
            )  # fmt: skip
        )
    before = build_agenda(**plan)
    after = {**plan, "touches": plan["touches"] + added}
    assert agenda_after_touches(before, added, **after) == build_agenda(**after)
