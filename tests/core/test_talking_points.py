"""Derived talking points: what the user and a contact share, ranked strongest first."""

from datetime import date

from server.core.talking_points import TALKING_POINT_KINDS, derive_talking_points
from tests.core.people import MARCUS, ME, PRIYA, SOFIA

TODAY = date(2026, 11, 28)


def kinds(points):
    return [p["kind"] for p in points]


def test_kinds_are_ordered_strongest_first():
    assert TALKING_POINT_KINDS == (
        "interview",
        "alma_mater",
        "employer",
        "article",
        "followed",
        "interest",
        "location",
        "custom",
    )


def test_priya_shares_school_employer_golf_and_seattle_in_rank_order():
    points = derive_talking_points(ME, PRIYA, today=TODAY)
    assert kinds(points) == ["alma_mater", "employer", "interest", "location"]
    school, employer, interest, location = points
    assert school["evidence"]["short"] == "Michigan"
    assert school["evidence"]["overlap_years"] == [2010, 2013]
    assert school["text"] == (
        "You and Priya were both at the University of Michigan from 2010 to 2013."
    )
    assert employer["evidence"]["company"] == "Contoso"
    assert employer["evidence"]["overlap_years"] == [2016, 2019]
    assert employer["text"] == "You and Priya were both at Contoso from 2016 to 2019."
    assert interest["evidence"]["interest"] == "golf"
    assert location["text"] == "You and Priya are both in the Seattle area."
    strengths = [p["strength"] for p in points]
    assert strengths == sorted(strengths, reverse=True)
    assert all(0 <= s <= 1 for s in strengths)


def test_overlap_of_a_single_year_reads_naturally():
    me = {"employers": [{"company": "Contoso", "start": "2018-01", "end": "2018-12"}]}
    contact = {
        "first_name": "Ana",
        "positions": [{"company": "Contoso Ltd", "start": "2015", "end": "2021"}],
    }
    [point] = derive_talking_points(me, contact, today=TODAY)
    assert point["text"] == "You and Ana were both at Contoso in 2018."


def test_employer_without_overlap_or_dates_is_still_shared():
    me = {"employers": [{"company": "Google LLC", "start": "2010", "end": "2011"}]}
    contact = {
        "positions": [
            {"company": "Google", "start": "2019", "end": None},
            {"company": "Googly Eyes Toys", "start": "2010", "end": "2012"},
        ]
    }
    [point] = derive_talking_points(me, contact, today=TODAY)
    assert point["kind"] == "employer"
    assert point["evidence"]["overlap_years"] is None
    assert point["text"] == "You have both worked at Google."


def test_both_current_at_one_company():
    me = {"employers": [{"company": "Fabrikam", "start": "2023-02", "end": None}]}
    [point] = derive_talking_points(me, MARCUS, today=TODAY)
    assert point["text"] == "You and Marcus both work at Fabrikam."


def test_marcus_shares_marathons_through_a_stem():
    points = derive_talking_points(ME, MARCUS, today=TODAY)
    assert kinds(points) == ["interest"]
    assert points[0]["evidence"] == {
        "interest": "marathons",
        "found_in": "about",
        "matched": "Recruiter, marathoner, and terrible-but-enthusiastic jazz pianist.",
    }


def test_sofia_at_haas_is_a_berkeley_alumna():
    me = {"schools": [{"school": "UC Berkeley", "start": "2008", "end": "2012"}]}
    [point] = derive_talking_points(me, SOFIA, today=TODAY)
    assert point["kind"] == "alma_mater"
    assert point["evidence"]["short"] == "Berkeley"
    assert point["evidence"]["overlap_years"] is None
    assert point["text"] == "You and Sofía both studied at the University of California, Berkeley."


def test_nothing_shared_gives_no_points():
    me = {
        "schools": [{"school": "Penn State"}],
        "employers": [{"company": "Google"}],
        "location": "Portland, Maine",
        "interests": ["chess"],
    }
    contact = {
        "education": [{"school": "University of Pennsylvania"}],
        "positions": [{"company": "Googly Eyes Toys"}],
        "location": "Portland, Oregon",
        "about": "Chessboard collector.",
    }
    assert derive_talking_points(me, contact, today=TODAY) == []


def test_missing_and_junk_fields_are_tolerated():
    junk = {
        "schools": None,
        "employers": [None, "x", {}],
        "interests": [None, 3, ""],
        "location": None,
        "education": [{"school": None}],
        "positions": None,
        "about": None,
        "skills": None,
    }
    assert derive_talking_points(junk, junk, today=TODAY) == []
    assert derive_talking_points({}, {}) == []
    assert derive_talking_points(None, None) == []


def test_one_point_per_school_even_with_several_entries():
    me = {"schools": [{"school": "Wharton"}, {"school": "University of Pennsylvania"}]}
    contact = {"education": [{"school": "The Wharton School"}, {"school": "UPenn"}]}
    points = derive_talking_points(me, contact, today=TODAY)
    assert kinds(points) == ["alma_mater"]
    assert points[0]["evidence"]["short"] == "Wharton"
