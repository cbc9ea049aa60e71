"""Reading only the plan's live rows gives the same agenda as reading every row.

The agenda for a day is worked out from the opportunities, interviews and touches recent
enough to matter (`core.plan.horizon`, `store.plan_load`). For random plans spread over a year
and more, saved in a real database, the agenda from those rows is the agenda from all of them,
item for item, on days around every bound the horizon draws, and the pipeline counted in SQL
is the one the rules count from every opportunity.
"""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.core.plan import build_agenda, read_timeframe, summarise_pipeline
from server.core.plan.model import CHANNELS, OPPORTUNITY_STATUSES, TOUCH_KINDS
from server.store.agenda import agenda, plan_fingerprint
from server.store.db import db, open_database
from server.store.migrate import migrate
from server.store.models import Contact, Interview, InterviewInterviewer, Opportunity, Touch
from server.store.plan_load import load_plan
from tests.properties import THROUGH_THE_API

TODAY = datetime.date(2026, 12, 1)
# Days after an interview, touch or ending around the horizon's bounds (44 days back, an
# ending 122 days back, lapses at 30, 14 and 7, follow-ups 3 and 10 days on).
BOUNDS = [7, 8, 10, 13, 14, 15, 17, 30, 31, 33, 34, 40, 41, 43, 44, 45, 121, 122, 123, 124]
OFFSET = st.one_of(st.integers(-500, 120), st.integers(-60, 20))
TIMEFRAMES = ["", "about a week", "two weeks", "end of the month", "Dec 18", "after the holidays"]
# Plans live on the database's tables; each example starts from empty ones.
TABLES = (Touch, InterviewInterviewer, Interview, Opportunity, Contact)


def day(offset: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=offset)


@st.composite
def saved_plans(draw):
    """Rows as the store writes them: a decide_by read from the words unless one is given."""
    people = draw(st.integers(1, 4))
    opportunities = [
        {
            "id": n,
            "company": f"Company {n}",
            "status": draw(st.sampled_from(["interviewing", "applied", *OPPORTUNITY_STATUSES])),
            "created_at": datetime.datetime.combine(day(draw(OFFSET)), datetime.time(9)),
            "status_changed_at": datetime.datetime.combine(day(draw(OFFSET)), datetime.time(17)),
            "applied_on": draw(st.none() | OFFSET.map(day)),
        }
        for n in range(1, draw(st.integers(1, 5)) + 1)
    ]
    interviews, links = [], []
    for n in range(1, draw(st.integers(0, 8)) + 1):
        on, timeframe = day(draw(OFFSET)), draw(st.sampled_from(TIMEFRAMES))
        given_day = draw(st.none() | OFFSET.map(day))
        interviews.append(
            {
                "id": n,
                "opportunity": draw(st.integers(1, len(opportunities))),
                "on": on,
                "timeframe": timeframe,
                "decide_by": given_day or read_timeframe(timeframe, on),
                "decide_by_given": given_day is not None,
            }
        )
        panel = draw(st.lists(st.integers(1, people), max_size=3, unique=True))
        links += [{"interview": n, "contact": c, "ordinal": i} for i, c in enumerate(panel)]
    touches = []
    # Touches that follow an interview as people send them, a few days apart...
    for interview in interviews:
        sent_on = interview["on"]
        for kind in draw(st.lists(st.sampled_from(TOUCH_KINDS), max_size=4)):
            sent_on += datetime.timedelta(days=draw(st.integers(-1, 16)))
            touches.append(touch(draw, people, kind, sent_on, interview))
    # ...and a few anywhere, naming an opportunity or nothing.
    for _ in range(draw(st.integers(0, 4))):
        kind, sent_on = draw(st.sampled_from(TOUCH_KINDS)), day(draw(OFFSET))
        touches.append(touch(draw, people, kind, sent_on, None, len(opportunities)))
    # Today falls a bound's distance after something in the plan, where a row just in or
    # just out of the horizon decides what is shown.
    moments = [i["on"] for i in interviews] + [t["sent_on"] for t in touches]
    moments += [i["decide_by"] for i in interviews if i["decide_by"]]
    moments += [o["status_changed_at"].date() for o in opportunities]
    after = st.one_of(st.sampled_from(BOUNDS), st.integers(0, 140))
    today = draw(st.sampled_from(moments)) + datetime.timedelta(days=draw(after))
    # Touches sent after the plan was read, as "Mark sent" sends them or any other way.
    later = []
    for _ in range(draw(st.integers(0, 3))):
        interview = draw(st.none() | st.sampled_from(interviews)) if interviews else None
        kind, sent_on = draw(st.sampled_from(TOUCH_KINDS)), today - datetime.timedelta(days=1)
        later.append(touch(draw, people, kind, sent_on, interview, len(opportunities)))
    return {
        "later_touches": later,
        "contacts": [
            {
                "id": n,
                "full_name": f"Person {n}",
                "preferred_channel": draw(st.sampled_from(CHANNELS)),
            }
            for n in range(1, people + 1)
        ],
        "opportunities": opportunities,
        "interviews": interviews,
        "links": links,
        "touches": touches,
        "today": today,
        "days": draw(st.sampled_from([0, 14, 60])),
    }


def touch(draw, people, kind, sent_on, interview, opportunities=0):
    """A touch to someone, naming the interview, else (sometimes) an opportunity."""
    if interview is not None and draw(st.booleans()):
        named, opportunity = interview["id"], interview["opportunity"]
    else:
        named = None
        opportunity = draw(st.none() | st.integers(1, opportunities)) if opportunities else None
    return {
        "contact": draw(st.integers(1, people)),
        "kind": kind,
        "channel": draw(st.sampled_from(CHANNELS)),
        "sent_on": sent_on,
        "interview": named,
        "opportunity": opportunity,
    }


@pytest.fixture
def database(database_url):
    open_database(database_url)
    with db.connection_context():
        migrate()
        yield
    db.close()


def save(plan: dict) -> None:
    with db.atomic():
        for model in TABLES:
            model.delete().execute()
        for model, rows in (
            (Contact, plan["contacts"]),
            (Opportunity, plan["opportunities"]),
            (Interview, plan["interviews"]),
            (InterviewInterviewer, plan["links"]),
            (Touch, plan["touches"]),
        ):
            if rows:
                model.insert_many(rows).execute()


@settings(THROUGH_THE_API, max_examples=150)
@given(saved_plans())
def test_the_live_rows_give_the_agenda_of_every_row(database, plan):
    save(plan)
    today, days = plan["today"], plan["days"]
    everything = load_plan()
    expected = build_agenda(**everything, today=today, days=days)
    assert build_agenda(**load_plan(today), today=today, days=days) == expected
    assert load_plan(today)["pipeline"] == summarise_pipeline(everything["opportunities"])
    # Kept, then caught up with the touches sent since, or read again: the same agenda, and
    # the same answer from the store, which works out again only what those touches change.
    assert build_agenda(**load_plan(today, plan_fingerprint()), today=today, days=days) == expected
    assert shown(agenda(today, days)) == [(i.id, i.due.isoformat(), i.why) for i in expected]
    if plan["later_touches"]:
        Touch.insert_many(plan["later_touches"]).execute()
    expected = build_agenda(**load_plan(), today=today, days=days)
    kept = load_plan(today, plan_fingerprint())
    assert build_agenda(**kept, today=today, days=days) == expected
    assert shown(agenda(today, days)) == [(i.id, i.due.isoformat(), i.why) for i in expected]


def shown(answer: dict) -> list[tuple]:
    return [(item["id"], item["due"], item["why"]) for item in answer["items"]]


def test_a_long_search_reads_only_its_live_rows(database):
    """Two years of ended applications and one live one: only the live one is read."""
    plan = {
        "contacts": [{"id": n, "full_name": f"Person {n}"} for n in (1, 2)],
        "opportunities": [
            {"id": 1, "company": "Old", "status": "rejected",
             "created_at": datetime.datetime(2024, 11, 2, 9),
             "status_changed_at": datetime.datetime(2024, 12, 1, 9)},
            {"id": 2, "company": "Live", "status": "interviewing",
             "created_at": datetime.datetime(2026, 11, 20, 9)},
        ],
        "interviews": [
            {"id": 1, "opportunity": 1, "on": datetime.date(2024, 11, 20)},
            {"id": 2, "opportunity": 2, "on": datetime.date(2026, 11, 30)},
        ],
        "links": [{"interview": 1, "contact": 1}, {"interview": 2, "contact": 2}],
        "touches": [{"contact": 1, "kind": "thank_you", "sent_on": datetime.date(2024, 11, 20),
                     "interview": 1, "opportunity": 1}],
    }  # fmt: skip
    save(plan)
    live = load_plan(TODAY)
    assert [o.company for o in live["opportunities"]] == ["Live"]
    assert [i.id for i in live["interviews"]] == [2]
    assert [p.id for p in live["people"]] == [2]
    assert live["touches"] == []
    # Every opportunity still counts for keep_searching.
    assert live["pipeline"].latest.company == "Live"
    assert live["pipeline"].active == 1


def opportunity(status: str, changed: datetime.datetime) -> dict:
    created = datetime.datetime(2024, 1, 1, 9)
    return {"id": 1, "company": "Northwind", "status": status, "created_at": created,
            "status_changed_at": changed}  # fmt: skip


def at_a_bound(interview: dict, touches=(), status="interviewing", changed=None) -> dict:
    """One opportunity whose only live row is the one at the horizon's edge."""
    return {
        "contacts": [{"id": 1, "full_name": "Priya Raman"}],
        "opportunities": [opportunity(status, changed or datetime.datetime(2024, 1, 1, 9))],
        "interviews": [{"id": 1, "opportunity": 1, **interview}],
        "links": [{"interview": 1, "contact": 1}],
        "touches": [
            {"contact": 1, "interview": 1, "opportunity": 1, "kind": kind, "sent_on": day(offset)}
            for kind, offset in touches
        ],
    }


# Each the last day its row can still put an item on today's agenda (Tue 1 Dec 2026), with the
# item it puts there on its last day before it drops off.
AT_THE_BOUNDS = {
    # A follow-up ten days after an interview without a timeframe, kept 30 days.
    "interview 40 days ago": (at_a_bound({"on": day(-40)}), "follow_up:i1:c1"),
    # A decision the user gave, long after the interview: follow up three days on.
    "decision 33 days ago": (
        at_a_bound({"on": day(-200), "decide_by": day(-33), "decide_by_given": True}),
        "follow_up:i1:c1",
    ),
    # The second check-in, two weeks after the first was sent, kept 30 days.
    "check-in sent 44 days ago": (
        at_a_bound({"on": day(-70)}, [("follow_up", -58), ("check_in", -44)]),
        "check_in:i1:c1:2",
    ),
    # A follow-up sent naming no interview answers the one before it; a check-in a week on.
    "follow-up naming nothing sent 37 days ago": (
        {
            **at_a_bound({"on": day(-60)}),
            "touches": [{"contact": 1, "kind": "follow_up", "sent_on": day(-37)}],
        },
        "check_in:i1:c1:1",
    ),  # fmt: skip
    # Stay in touch three months after a rejection on 1 Aug, due 1 Nov, kept 30 days.
    "rejected 122 days ago": (
        at_a_bound(
            {"on": day(-300)},
            [("thank_you", -300)],
            status="rejected",
            changed=datetime.datetime(2026, 8, 1, 17),
        ),
        "stay_in_touch:o1:c1",
    ),
    # Counted from the last interview when the status changed before it: an interview on
    # 1 Aug, the rejection logged (by mistake) in July.
    "rejected, last interview 122 days ago": (
        at_a_bound(
            {"on": day(-122)},
            [("thank_you", -122)],
            status="rejected",
            changed=datetime.datetime(2026, 7, 20, 17),
        ),
        "stay_in_touch:o1:c1",
    ),
    # Words the store could not read when they were saved are read again: "Dec 18" a year on.
    "timeframe read again": (
        at_a_bound({"on": datetime.date(2025, 12, 20), "timeframe": "Dec 18"}),
        "follow_up:i1:c1",
    ),
}


@pytest.mark.parametrize("case", AT_THE_BOUNDS, ids=list(AT_THE_BOUNDS))
def test_a_row_on_the_horizons_edge_is_read(database, case):
    plan, item_id = AT_THE_BOUNDS[case]
    save(plan)
    expected = build_agenda(**load_plan(), today=TODAY, days=30)
    assert item_id in [item.id for item in expected]
    assert build_agenda(**load_plan(TODAY), today=TODAY, days=30) == expected


def test_a_touch_sent_for_a_live_opportunity_is_added_to_the_plan_kept(database):
    save(at_a_bound({"on": day(0)}))
    before = load_plan(TODAY, plan_fingerprint())
    assert "thank_you:i1:c1" in [i.id for i in build_agenda(**before, today=TODAY)]
    Touch.create(contact=1, interview=1, opportunity=1, kind="thank_you", sent_on=TODAY)
    kept = load_plan(TODAY, plan_fingerprint())
    # Caught up, not read again: the same opportunities, and the touch added.
    assert kept["opportunities"] is before["opportunities"]
    assert "thank_you:i1:c1" not in [i.id for i in build_agenda(**kept, today=TODAY)]


def test_a_touch_sent_for_an_opportunity_not_live_reads_the_plan_again(database):
    # An interview long ago, followed up today: its check-in comes a week on.
    save(at_a_bound({"on": day(-200)}))
    before = load_plan(TODAY, plan_fingerprint())
    assert before["opportunities"] == []
    Touch.create(contact=1, interview=1, opportunity=1, kind="follow_up", sent_on=TODAY)
    kept = load_plan(TODAY, plan_fingerprint())
    items = {i.id: i.due for i in build_agenda(**kept, today=TODAY) if i.contact_id}
    assert items == {"check_in:i1:c1:1": day(7)}
