"""A table of school, company and place names that must and must not be read as the same."""

import pytest

from server.core.companies import same_company
from server.core.metros import same_metro
from server.core.schools import same_school

SAME_SCHOOL = [
    ("Univ. of Michigan – Ann Arbor", "University of Michigan"),
    ("University of Michigan-Ann Arbor", "UMich"),
    ("UNIVERSITY OF MICHIGAN", "university of michigan"),
    ("The Wharton School", "University of Pennsylvania"),
    ("Wharton School of the University of Pennsylvania", "UPenn"),
    ("MIT Sloan", "Massachusetts Institute of Technology"),
    ("MIT Sloan School of Management", "MIT"),
    ("UC Berkeley", "University of California, Berkeley"),
    ("Cal", "UC Berkeley"),
    ("Haas", "University of California, Berkeley"),
    ("University of California, Berkeley, Haas School of Business", "Berkeley"),
    ("Berkeley Haas", "Haas School of Business"),
    ("Harvard Business School", "Harvard University"),
    ("Stanford GSB", "Stanford University"),
    ("Kellogg School of Management", "Northwestern University"),
    ("Chicago Booth", "University of Chicago"),
    ("Ross School of Business", "University of Michigan"),
    ("Georgia Tech", "Georgia Institute of Technology"),
    ("École Polytechnique", "Ecole Polytechnique"),
    ("ETH Zürich", "ETH Zurich"),
    ("Washington University in St. Louis", "WashU"),
    ("Washington University in Saint Louis", "WUSTL"),
    ("University of Texas at Austin", "UT Austin"),
    ("Universidad de Buenos Aires", "University of Buenos Aires"),
    ("Some Small College", "some small college"),
    ("Penn State", "The Pennsylvania State University"),
]

DIFFERENT_SCHOOL = [
    ("Penn State", "University of Pennsylvania"),
    ("Penn State", "UPenn"),
    ("Michigan State University", "University of Michigan"),
    ("Michigan State", "UMich"),
    ("University of Washington", "Washington University in St. Louis"),
    ("Washington State University", "University of Washington"),
    ("University of Michigan-Dearborn", "University of Michigan"),
    ("Miami University", "University of Miami"),
    ("UCLA", "UC Berkeley"),
    ("University of Texas at Dallas", "University of Texas at Austin"),
    ("Boston College", "Boston University"),
    ("Harvard Business School", "Stanford University"),
    ("Some College, Michigan", "University of Michigan"),
    ("", ""),
]

SAME_COMPANY = [
    ("Google LLC", "Google"),
    ("Contoso Ltd.", "Contoso"),
    ("Contoso Holdings, Inc.", "contoso"),
    ("Microsoft Corporation", "Microsoft"),
    ("The Boeing Company", "Boeing"),
    ("Northwind Analytics · Full-time", "Northwind Analytics"),
    ("Tailspin Toys, Inc.", "Tailspin Toys"),
    ("Société Générale S.A.", "Societe Generale"),
    ("Deloitte & Touche LLP", "Deloitte and Touche"),
    ("Amazon Web Services (AWS)", "Amazon Web Services"),
    ("Linked In", "LinkedIn"),
    ("Facebook", "Meta"),
    ("Meta Platforms, Inc.", "Facebook"),
    ("Twitter", "X Corp."),
    ("PricewaterhouseCoopers LLP", "PwC"),
    ("Ernst & Young", "EY"),
    ("J.P. Morgan", "JPMorgan Chase & Co."),
    ("P&G", "Procter & Gamble"),
    ("BCG", "The Boston Consulting Group"),
    ("McKinsey", "McKinsey & Company"),
]

DIFFERENT_COMPANY = [
    ("Googly Eyes Toys", "Google"),
    ("Google", "Googleplex Catering"),
    ("Contoso Pharmaceuticals", "Contoso"),
    ("Microsoft Research", "Microsoft"),
    ("Amazon", "Amazon Web Services"),
    ("Meta", "Metacritic"),
    ("Facebook", "Meta Financial Group"),
    ("Twitter", "Twitch"),
    ("Alphabet", "Google"),
    ("Bain Capital", "Bain & Company"),
    ("GE Healthcare", "General Electric"),
    ("", ""),
    ("Inc.", "LLC"),
]

SAME_METRO = [
    ("Greater Boston", "Boston, Massachusetts"),
    ("Cambridge, Massachusetts, United States", "Greater Boston"),
    ("Seattle, Washington, United States", "Greater Seattle Area"),
    ("San Francisco Bay Area", "Palo Alto, California"),
    ("New York City Metropolitan Area", "Brooklyn, New York"),
    ("Raleigh-Durham-Chapel Hill Area", "Durham, North Carolina"),
    ("Dayton, Ohio", "Dayton, Ohio, United States"),
    ("München, Bayern, Deutschland", "Munich, Germany"),
]

DIFFERENT_METRO = [
    ("Cambridge, England, United Kingdom", "Boston, Massachusetts"),
    ("Portland, Oregon", "Portland, Maine"),
    ("Vancouver, Washington", "Vancouver, British Columbia, Canada"),
    ("Dublin, Ohio", "Dublin, Ireland"),
    ("Atlanta, Georgia", "Seattle, Washington"),
    ("United States", "United States"),
    ("", "Boston"),
]


@pytest.mark.parametrize(("a", "b"), SAME_SCHOOL)
def test_same_school(a, b):
    assert same_school(a, b)
    assert same_school(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_SCHOOL)
def test_different_school(a, b):
    assert not same_school(a, b)
    assert not same_school(b, a)


@pytest.mark.parametrize(("a", "b"), SAME_COMPANY)
def test_same_company(a, b):
    assert same_company(a, b)
    assert same_company(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_COMPANY)
def test_different_company(a, b):
    assert not same_company(a, b)
    assert not same_company(b, a)


@pytest.mark.parametrize(("a", "b"), SAME_METRO)
def test_same_metro(a, b):
    assert same_metro(a, b) is not None
    assert same_metro(b, a) is not None


@pytest.mark.parametrize(("a", "b"), DIFFERENT_METRO)
def test_different_metro(a, b):
    assert same_metro(a, b) is None


def test_the_table_is_big_enough():
    pairs = SAME_SCHOOL + DIFFERENT_SCHOOL + SAME_COMPANY + DIFFERENT_COMPANY
    assert len(pairs) >= 40


@pytest.mark.parametrize("nowhere", ["Remote", "Anywhere", "Worldwide", "United States"])
def test_no_shared_place_in_a_non_place(nowhere):
    assert same_metro(nowhere, nowhere) is None
