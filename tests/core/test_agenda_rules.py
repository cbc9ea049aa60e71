"""The plan's rules over a timeline: interview, thank-you, follow-up, check-ins, rejection."""

import dataclasses
import datetime

from server.core.plan import build_agenda
from server.core.plan.model import Interview, Opportunity, Person, Touch

D = datetime.date
PRIYA = Person(id=1, full_name="Priya Raman", first_name="Priya", preferred_channel="email")
SAM = Person(id=2, full_name="Sam Okafor", preferred_channel="mail")
LEE = Person(id=3, full_name="Lee Chen")
PEOPLE = [PRIYA, SAM, LEE]
NORTHWIND = Opportunity(10, "Northwind", "Data Engineer", "interviewing", D(2026, 11, 20))
CONTOSO = Opportunity(11, "Contoso", "Analyst", "applied", D(2026, 11, 25))
FABRIKAM = Opportunity(12, "Fabrikam", "Data Scientist", "applied", D(2026, 11, 28))
OPPORTUNITIES = [NORTHWIND, CONTOSO, FABRIKAM]
# Tuesday 1 December: Priya and Sam, who said they'd decide in about a week.
FIRST = Interview(100, 10, D(2026, 12, 1), (1, 2), stage="first round", timeframe="about a week")
INTERVIEWS = [FIRST]


def touch(id, contact, kind, on, interview_id=100, channel="email", **more):
    return Touch(id, contact.id, kind, channel, on, interview_id=interview_id, **more)


# What the user sent, in the order a careful job seeker sends it.
THANKED = [
    touch(1, PRIYA, "thank_you", D(2026, 12, 1)),
    touch(2, SAM, "thank_you", D(2026, 12, 1), channel="mail"),
    touch(3, PRIYA, "connection_request", D(2026, 12, 1), channel="linkedin", interview_id=None),
    touch(4, SAM, "connection_request", D(2026, 12, 2), channel="linkedin", interview_id=None),
]
FOLLOWED_UP = [*THANKED, touch(5, PRIYA, "follow_up", D(2026, 12, 11))]
CHECKED_IN_ONCE = [*FOLLOWED_UP, touch(6, PRIYA, "check_in", D(2026, 12, 18))]
CHECKED_IN_TWICE = [*CHECKED_IN_ONCE, touch(7, PRIYA, "check_in", D(2027, 1, 1))]


def agenda(today, touches=(), interviews=INTERVIEWS, opportunities=OPPORTUNITIES, days=14):
    return build_agenda(
        opportunities=opportunities,
        interviews=interviews,
        touches=list(touches),
        people=PEOPLE,
        today=today,
        days=days,
    )


def due(items, kind=None):
    """{id: (due day, state)} for the items of one kind, or all those for a contact."""
    return {i.id: (i.due, i.state) for i in items if i.kind == kind or (not kind and i.contact_id)}


def by_id(items):
    return {i.id: i for i in items}


def ended(opportunity, status, on):
    return dataclasses.replace(opportunity, status=status, status_changed_on=on)


# The timeline, step by step.


def test_interview_day_asks_for_thank_yous_and_connection_requests_today():
    items = agenda(D(2026, 12, 1))
    assert due(items, "thank_you") == {
        "thank_you:i100:c1": (D(2026, 12, 1), "today"),
        "thank_you:i100:c2": (D(2026, 12, 1), "today"),
    }
    assert due(items, "connection_request") == {
        "connection_request:i100:c1": (D(2026, 12, 1), "today"),
        "connection_request:i100:c2": (D(2026, 12, 1), "today"),
    }
    # Follow-ups come once "about a week" has passed: decide by Tue 8 Dec, follow up Fri 11 Dec.
    assert due(items, "follow_up") == {
        "follow_up:i100:c1": (D(2026, 12, 11), "upcoming"),
        "follow_up:i100:c2": (D(2026, 12, 11), "upcoming"),
    }
    assert {i.kind for i in items} == {"thank_you", "connection_request", "follow_up"}


def test_the_thank_you_names_the_person_and_the_company():
    thank_you = by_id(agenda(D(2026, 12, 1)))["thank_you:i100:c1"]
    assert thank_you.why == (
        "You interviewed with Priya at Northwind today; a same-day thank-you stands out."
    )
    assert (thank_you.contact_id, thank_you.opportunity_id, thank_you.interview_id) == (1, 10, 100)
    assert thank_you.draft_kind == "thank_you"


def test_a_contact_who_prefers_mail_is_asked_to_post_it_by_express_mail_the_same_day():
    thank_you = by_id(agenda(D(2026, 12, 1)))["thank_you:i100:c2"]
    assert thank_you.channel == "mail"
    assert "express mail" in thank_you.why and "today" in thank_you.why
    assert "Sam" in thank_you.why and "Northwind" in thank_you.why
    assert by_id(agenda(D(2026, 12, 1)))["thank_you:i100:c1"].channel == "email"


def test_touches_sent_answer_the_thank_yous_and_connection_requests():
    items = agenda(D(2026, 12, 2), THANKED[:3])
    assert due(items, "thank_you") == {}
    # Sam's connection request is still to send, a day late.
    assert due(items, "connection_request") == {
        "connection_request:i100:c2": (D(2026, 12, 1), "overdue")
    }
    assert due(agenda(D(2026, 12, 2), THANKED), "connection_request") == {}


def test_follow_ups_fall_due_once_the_timeframe_has_passed():
    items = agenda(D(2026, 12, 11), THANKED)
    assert due(items) == {
        "follow_up:i100:c1": (D(2026, 12, 11), "today"),
        "follow_up:i100:c2": (D(2026, 12, 11), "today"),
    }
    assert by_id(items)["follow_up:i100:c1"].why == (
        "Priya said Northwind would decide in about a week; it's been 10 days — a short "
        "follow-up with something useful keeps you in mind."
    )
    assert by_id(items)["follow_up:i100:c1"].draft_kind == "follow_up"


def test_an_upcoming_follow_up_says_the_day_to_act_not_a_count_of_days():
    items = agenda(D(2026, 12, 2), THANKED)
    assert by_id(items)["follow_up:i100:c1"].why == (
        "Priya said Northwind would decide in about a week; if you haven't heard by Fri 11 Dec, "
        "a short follow-up with something useful keeps you in mind."
    )


def test_a_follow_up_sent_is_answered_and_a_check_in_comes_a_week_later():
    items = agenda(D(2026, 12, 12), FOLLOWED_UP)
    assert due(items) == {
        "follow_up:i100:c2": (D(2026, 12, 11), "overdue"),
        "check_in:i100:c1:1": (D(2026, 12, 18), "upcoming"),
    }
    check_in = by_id(items)["check_in:i100:c1:1"]
    assert check_in.draft_kind == "check_in"
    assert "Priya" in check_in.why and "Northwind" in check_in.why and "value" in check_in.why


def test_the_second_check_in_comes_two_weeks_after_the_first_and_there_is_no_third():
    assert due(agenda(D(2026, 12, 19), CHECKED_IN_ONCE), "check_in") == {
        "check_in:i100:c1:2": (D(2027, 1, 1), "upcoming")
    }
    assert due(agenda(D(2027, 1, 2), CHECKED_IN_TWICE, days=60), "check_in") == {}


def test_a_rejection_stops_follow_ups_and_asks_to_stay_in_touch_three_months_on():
    rejected = [ended(NORTHWIND, "rejected", D(2027, 1, 5)), CONTOSO, FABRIKAM]
    items = agenda(D(2027, 1, 6), CHECKED_IN_ONCE, opportunities=rejected, days=120)
    assert due(items, "follow_up") == {}
    assert due(items, "check_in") == {}
    assert due(items, "stay_in_touch") == {
        "stay_in_touch:o10:c1": (D(2027, 4, 5), "upcoming"),
        "stay_in_touch:o10:c2": (D(2027, 4, 5), "upcoming"),
    }
    stay = by_id(items)["stay_in_touch:o10:c1"]
    assert stay.draft_kind == "stay_in_touch"
    assert "Northwind went another way in January" in stay.why and "Priya" in stay.why


def test_a_stay_in_touch_sent_answers_it_for_that_person_only():
    rejected = [ended(NORTHWIND, "rejected", D(2027, 1, 5)), CONTOSO, FABRIKAM]
    sent = [
        *CHECKED_IN_ONCE,
        touch(8, PRIYA, "stay_in_touch", D(2027, 4, 6), interview_id=None, opportunity_id=10),
    ]
    items = agenda(D(2027, 4, 7), sent, opportunities=rejected)
    assert due(items, "stay_in_touch") == {"stay_in_touch:o10:c2": (D(2027, 4, 5), "overdue")}


def test_a_withdrawal_says_so():
    withdrawn = [ended(NORTHWIND, "withdrawn", D(2027, 1, 5)), CONTOSO, FABRIKAM]
    stay = by_id(agenda(D(2027, 4, 5), THANKED, opportunities=withdrawn))["stay_in_touch:o10:c1"]
    assert stay.why.startswith("You withdrew from Northwind in January")


# The rules a job seeker juggling several applications leans on.


def test_ids_stay_the_same_for_the_same_due_thing_from_day_to_day():
    first = by_id(agenda(D(2026, 12, 1)))["follow_up:i100:c1"]
    later = by_id(agenda(D(2026, 12, 14), THANKED))["follow_up:i100:c1"]
    assert (first.due, first.state, later.state) == (D(2026, 12, 11), "upcoming", "overdue")


def test_a_later_interview_supersedes_the_earlier_ones_follow_up():
    second = Interview(101, 10, D(2026, 12, 8), (1, 3), stage="final round", timeframe="by Friday")
    items = agenda(D(2026, 12, 8), THANKED, interviews=[FIRST, second])
    assert due(items, "follow_up") == {
        "follow_up:i101:c1": (D(2026, 12, 14), "upcoming"),
        "follow_up:i101:c3": (D(2026, 12, 14), "upcoming"),
    }
    assert due(items, "thank_you") == {
        "thank_you:i101:c1": (D(2026, 12, 8), "today"),
        "thank_you:i101:c3": (D(2026, 12, 8), "today"),
    }


def test_a_follow_up_for_the_earlier_interview_does_not_answer_the_later_one():
    second = Interview(101, 10, D(2026, 12, 15), (1,))
    items = agenda(D(2026, 12, 26), FOLLOWED_UP, interviews=[FIRST, second])
    assert "follow_up:i101:c1" in due(items, "follow_up")
    assert due(items, "check_in") == {}


def test_an_interview_to_come_has_nothing_due_before_its_day():
    coming = Interview(102, 11, D(2026, 12, 9), (3,))
    items = agenda(D(2026, 12, 2), THANKED, interviews=[FIRST, coming])
    lee = [i for i in items if i.contact_id == 3]
    assert {(i.kind, i.due) for i in lee} == {
        ("thank_you", D(2026, 12, 9)),
        ("connection_request", D(2026, 12, 9)),
    }
    assert all(i.state == "upcoming" for i in lee)
    assert by_id(items)["thank_you:i102:c3"].why.startswith("You interview with Lee at Contoso")


def test_an_unsent_thank_you_drops_off_after_a_week():
    assert "thank_you:i100:c1" in due(agenda(D(2026, 12, 8)))
    assert by_id(agenda(D(2026, 12, 8)))["thank_you:i100:c1"].state == "overdue"
    assert "thank_you:i100:c1" not in due(agenda(D(2026, 12, 9)))


def test_an_unsent_follow_up_drops_off_after_a_month():
    assert "follow_up:i100:c1" in due(agenda(D(2027, 1, 10), THANKED))
    assert "follow_up:i100:c1" not in due(agenda(D(2027, 1, 11), THANKED))


def test_a_follow_up_long_lapsed_does_not_come_back_when_the_user_writes_again():
    # Priya's follow-up fell due Fri 11 Dec and was never sent; in March the user thanks her
    # for a new interview. The old follow-up's moment has gone: it must not return a week on.
    later = Interview(101, 11, D(2027, 3, 1), (1,), stage="phone screen")
    sent = [*THANKED, touch(9, PRIYA, "thank_you", D(2027, 3, 1), interview_id=101)]
    items = agenda(D(2027, 3, 2), sent, interviews=[FIRST, later])
    assert due(items, "follow_up") == {"follow_up:i101:c1": (D(2027, 3, 11), "upcoming")}


def test_a_nudge_moved_on_by_a_touch_still_drops_off_when_its_moment_has_passed():
    # The follow-up's moment is Fri 11 Dec; a touch on 5 Jan moves it to 12 Jan, and on
    # 11 Jan, a month after its moment, it is gone rather than asked for the next day.
    sent = [*THANKED, touch(9, PRIYA, "connection_request", D(2027, 1, 5), interview_id=None)]
    assert due(agenda(D(2027, 1, 8), sent), "follow_up")["follow_up:i100:c1"][0] == D(2027, 1, 12)
    assert "follow_up:i100:c1" not in due(agenda(D(2027, 1, 11), sent))


def test_a_check_in_waits_a_week_after_any_later_touch_to_that_person():
    sent = [*FOLLOWED_UP, touch(9, PRIYA, "connection_request", D(2026, 12, 16), interview_id=None)]
    assert due(agenda(D(2026, 12, 17), sent), "check_in") == {
        "check_in:i100:c1:1": (D(2026, 12, 23), "upcoming")
    }


def test_an_offer_or_an_ended_opportunity_has_no_follow_up_or_check_in():
    for status in ("offer", "accepted", "rejected", "withdrawn"):
        changed = [ended(NORTHWIND, status, D(2026, 12, 10)), CONTOSO, FABRIKAM]
        items = agenda(D(2026, 12, 20), FOLLOWED_UP, opportunities=changed)
        assert due(items, "follow_up") == {} and due(items, "check_in") == {}, status


def test_a_touch_for_another_opportunity_does_not_answer():
    other = Interview(103, 11, D(2026, 11, 30), (1,))
    sent = [touch(10, PRIYA, "thank_you", D(2026, 12, 1), interview_id=103)]
    items = agenda(D(2026, 12, 1), sent, interviews=[FIRST, other])
    assert "thank_you:i100:c1" in due(items, "thank_you")
    assert "thank_you:i103:c1" not in due(items, "thank_you")


def test_a_touch_naming_no_interview_answers_the_one_before_it():
    sent = [Touch(11, 1, "thank_you", "email", D(2026, 12, 1))]
    assert "thank_you:i100:c1" not in due(agenda(D(2026, 12, 1), sent), "thank_you")


def test_keep_searching_when_fewer_than_three_are_active():
    wishlist = dataclasses.replace(FABRIKAM, status="wishlist")
    items = agenda(D(2026, 12, 1), opportunities=[NORTHWIND, CONTOSO, wishlist])
    # A week after the latest one added (Fabrikam, on 28 November).
    assert due(items, "keep_searching") == {"keep_searching:o12": (D(2026, 12, 5), "upcoming")}
    keep = by_id(items)["keep_searching:o12"]
    assert keep.why.startswith("You have 2 active opportunities")
    assert (keep.contact_id, keep.opportunity_id, keep.draft_kind) == (None, None, None)
    assert due(agenda(D(2026, 12, 1)), "keep_searching") == {}


def test_keep_searching_when_one_waits_and_none_was_added_for_a_week():
    assert due(agenda(D(2026, 12, 4)), "keep_searching") == {}
    items = agenda(D(2026, 12, 7))
    assert due(items, "keep_searching") == {"keep_searching:o12": (D(2026, 12, 5), "overdue")}
    assert "haven't added an opportunity in 9 days" in by_id(items)["keep_searching:o12"].why
    added = Opportunity(13, "Tailspin", "Engineer", "applied", D(2026, 12, 6))
    assert (
        due(agenda(D(2026, 12, 7), opportunities=[*OPPORTUNITIES, added]), "keep_searching") == {}
    )


def test_an_accepted_offer_ends_the_search():
    accepted = [ended(NORTHWIND, "accepted", D(2026, 12, 10))]
    assert due(agenda(D(2026, 12, 20), opportunities=accepted), "keep_searching") == {}
    # An application sent before the offer was accepted does not start a search again.
    before = [*accepted, dataclasses.replace(CONTOSO, applied_on=D(2026, 12, 9))]
    assert due(agenda(D(2026, 12, 20), opportunities=before), "keep_searching") == {}


def test_a_search_years_after_an_accepted_offer_is_a_search_again():
    accepted = ended(NORTHWIND, "accepted", D(2024, 3, 1))
    again = Opportunity(13, "Tailspin", "Engineer", "applied", D(2026, 11, 20))
    items = agenda(D(2026, 12, 1), opportunities=[accepted, again])
    assert due(items, "keep_searching") == {"keep_searching:o13": (D(2026, 11, 27), "overdue")}


def test_the_window_keeps_overdue_items_and_upcoming_ones_up_to_days_ahead():
    assert "follow_up:i100:c1" not in due(agenda(D(2026, 12, 1), days=9))
    assert "follow_up:i100:c1" in due(agenda(D(2026, 12, 1), days=10))
    # Thank-yous four days late, and keep-searching due today; nothing to come.
    now = agenda(D(2026, 12, 5), days=0)
    assert {i.state for i in now} == {"overdue", "today"}


def test_items_come_sorted_by_due_day():
    items = agenda(D(2026, 12, 1), days=120)
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_a_name_typed_in_lower_case_is_capitalised_and_a_missing_one_is_said_kindly():
    people = [Person(1, "priya raman"), Person(2, "")]
    interview = Interview(100, 10, D(2026, 12, 1), (1, 2))
    items = build_agenda(
        opportunities=[NORTHWIND],
        interviews=[interview],
        touches=[],
        people=people,
        today=D(2026, 12, 1),
    )
    words = {i.id: i.why for i in items}
    assert words["thank_you:i100:c1"].startswith("You interviewed with Priya at Northwind today")
    assert words["thank_you:i100:c2"].startswith("You interviewed with your interviewer at")


def test_an_interview_logged_without_interviewers_still_has_its_thank_you_and_follow_up():
    alone = Interview(104, 12, D(2026, 12, 1), (), timeframe="two weeks")
    items = agenda(D(2026, 12, 1), interviews=[alone], days=30)
    assert due(items, "thank_you") == {"thank_you:i104": (D(2026, 12, 1), "today")}
    assert due(items, "follow_up") == {"follow_up:i104": (D(2026, 12, 18), "upcoming")}
    assert by_id(items)["thank_you:i104"].why == (
        "You interviewed at Fabrikam today; a same-day thank-you stands out."
    )
    assert by_id(items)["follow_up:i104"].contact_id is None
    # A follow-up to anyone there, naming the interview, answers it; a check-in comes next.
    sent = [touch(12, LEE, "follow_up", D(2026, 12, 18), interview_id=104)]
    items = agenda(D(2026, 12, 18), sent, interviews=[alone], days=30)
    assert due(items, "follow_up") == {}
    assert due(items, "check_in") == {"check_in:i104:1": (D(2026, 12, 25), "upcoming")}
    # A touch that names nothing can't say it was for this interview.
    vague = [Touch(13, LEE.id, "follow_up", "email", D(2026, 12, 18))]
    assert "follow_up:i104" in due(agenda(D(2026, 12, 18), vague, interviews=[alone]), "follow_up")


def test_a_decision_day_the_user_gave_is_what_the_follow_up_words_name():
    given = dataclasses.replace(FIRST, decide_by=D(2026, 12, 18))
    follow_up = by_id(agenda(D(2026, 12, 21), THANKED, interviews=[given]))["follow_up:i100:c1"]
    assert follow_up.due == D(2026, 12, 21)
    assert follow_up.why.startswith("Northwind expected to decide by Fri 18 Dec; it's been 20 days")
    # A decide_by that is just the timeframe read keeps the interviewer's words.
    read = dataclasses.replace(FIRST, decide_by=D(2026, 12, 8))
    follow_up = by_id(agenda(D(2026, 12, 11), THANKED, interviews=[read]))["follow_up:i100:c1"]
    assert follow_up.why.startswith("Priya said Northwind would decide in about a week")
