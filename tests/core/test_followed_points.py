"""What a contact follows (schools, groups, companies) as talking points of their own kind."""

from datetime import date

import pytest

from server.core.talking_points import (
    KIND_STRENGTH,
    derive_talking_points,
    point_topic,
    sharing_with,
)
from tests.core.people import ME, PRIYA

TODAY = date(2026, 12, 1)


def following(*entries, first="Nadia", **fields):
    """A contact who follows `entries` ((type, name) pairs), as the capture stores them."""
    followed = [{"type": kind, "name": name} for kind, name in entries]
    return {
        "first_name": first,
        "education": [],
        "positions": [],
        "interests": [name for _, name in entries],
        "capture": {"source": "dom", "complete": True, "followed": followed},
        **fields,
    }


def followed_points(me, contact):
    return [p for p in derive_talking_points(me, contact, today=TODAY) if p["kind"] == "followed"]


def test_a_followed_school_the_user_attended_is_a_point_of_its_own():
    [point] = derive_talking_points(ME, following(("school", "University of Michigan")))
    assert point["kind"] == "followed"
    assert point["text"] == "Nadia follows the University of Michigan, where you studied."
    assert point["evidence"] == {
        "type": "school",
        "name": "University of Michigan",
        "short": "Michigan",
        "school": "University of Michigan",
        "mine": "Univ. of Michigan – Ann Arbor",
        "theirs": "University of Michigan",
    }
    assert point_topic(point) == "followed:university of michigan"


@pytest.mark.parametrize(
    "written",
    ["UNIVERSITY OF MICHIGAN", "Univ. of Michigan", "University of Michigan - Ann Arbor"],
)
def test_a_followed_school_matches_however_it_is_written(written):
    [point] = followed_points(ME, following(("school", written)))
    assert point["evidence"]["school"] == "University of Michigan"


def test_accents_and_case_do_not_matter():
    me = {"schools": [{"school": "Universidad Nacional Autónoma de México"}]}
    [point] = followed_points(me, following(("school", "universidad nacional autonoma de mexico")))
    assert point["text"] == (
        "Nadia follows Universidad Nacional Autónoma de México, where you studied."
    )


def test_a_school_inside_the_users_university_names_both():
    me = {"schools": [{"school": "University of Pennsylvania"}]}
    [point] = followed_points(me, following(("school", "Wharton School")))
    assert point["text"] == (
        "Nadia follows The Wharton School, and you studied at the University of Pennsylvania."
    )


def test_no_point_when_both_attended_the_school_they_follow():
    contact = following(
        ("school", "University of Michigan"),
        education=[{"school": "Univ of Michigan", "start": "2009", "end": "2013"}],
    )
    points = derive_talking_points(ME, contact, today=TODAY)
    assert [p["kind"] for p in points] == ["alma_mater"]


def test_a_school_the_user_did_not_attend_or_a_followed_person_is_no_point():
    contact = following(
        ("school", "Michigan State University"),
        ("person", "University of Michigan"),
        ("newsletter", "University of Michigan"),
    )
    assert followed_points(ME, contact) == []


def test_one_point_per_school_followed_under_two_names():
    contact = following(("school", "University of Michigan"), ("school", "UMich"))
    assert len(followed_points(ME, contact)) == 1


def test_a_followed_group_named_as_an_interest_replaces_the_plain_interest_point():
    me = {"interests": ["Women in Data"]}
    contact = following(("group", "women in data"))
    points = derive_talking_points(me, contact, today=TODAY)
    assert [p["kind"] for p in points] == ["followed"]
    assert points[0]["text"] == "Nadia follows women in data, one of your interests."
    assert points[0]["evidence"] == {
        "type": "group",
        "name": "women in data",
        "interest": "Women in Data",
        "same": True,
    }


def test_a_followed_group_about_an_interest_says_which():
    [point] = followed_points(ME, following(("group", "Golf Lovers")))
    assert point["text"] == "Nadia follows Golf Lovers, which fits your interest in golf."
    assert point["evidence"]["same"] is False
    assert point["strength"] < KIND_STRENGTH["interest"] + 0.01


def test_a_group_on_another_subject_is_no_point_and_the_interest_elsewhere_stays():
    contact = following(("group", "Data Folks"), about="Off the clock I play golf.")
    points = derive_talking_points(ME, contact, today=TODAY)
    assert [p["kind"] for p in points] == ["interest"]
    assert points[0]["evidence"]["interest"] == "golf"


def test_a_followed_company_the_user_worked_at_is_a_point_unless_both_did():
    past, now = following(("company", "Contoso")), following(("company", "Fourth Coffee Inc."))
    assert followed_points(ME, past)[0]["text"] == "Nadia follows Contoso, where you used to work."
    assert followed_points(ME, now)[0]["text"] == "Nadia follows Fourth Coffee, where you work."
    colleague = following(
        ("company", "Contoso"), positions=[{"company": "Contoso Ltd", "start": "2015"}]
    )
    assert [p["kind"] for p in derive_talking_points(ME, colleague, today=TODAY)] == ["employer"]


def test_following_is_a_weaker_tie_than_a_shared_school_or_employer():
    contact = {
        **PRIYA,
        "capture": {"followed": [{"type": "school", "name": "Stanford University"}]},
    }
    me = {**ME, "schools": [*ME["schools"], {"school": "Stanford"}]}
    points = derive_talking_points(me, contact, today=TODAY)
    # Priya studied at Stanford, so following it adds nothing to the shared school.
    assert [p["kind"] for p in points] == [
        "alma_mater",
        "alma_mater",
        "employer",
        "interest",
        "location",
    ]
    only_follows = {**contact, "education": PRIYA["education"][1:]}
    kinds = [p["kind"] for p in derive_talking_points(me, only_follows, today=TODAY)]
    assert kinds == ["alma_mater", "employer", "followed", "interest", "location"]
    strengths = {p["kind"]: p["strength"] for p in derive_talking_points(me, only_follows)}
    assert strengths["followed"] < min(KIND_STRENGTH["alma_mater"], KIND_STRENGTH["employer"])


def test_without_a_first_name_the_point_still_reads():
    [point] = followed_points(ME, following(("school", "University of Michigan"), first=""))
    assert point["text"] == "They follow the University of Michigan, where you studied."


def test_junk_in_what_they_follow_is_tolerated():
    contact = {"capture": {"followed": [None, "x", {"type": "school"}, {"name": "Michigan"}]}}
    assert derive_talking_points(ME, contact, today=TODAY) == []
    assert derive_talking_points(ME, {"capture": "junk"}, today=TODAY) == []


def test_a_contact_who_only_follows_may_share():
    contact = {"capture": {"followed": [{"type": "school", "name": "University of Michigan"}]}}
    assert sharing_with({"schools": ME["schools"]})(contact)
    assert derive_talking_points({"schools": ME["schools"]}, contact)
