"""Text helpers: lengths as browsers count them, folding, stems and first names."""

import pytest

from server.core.interests import find_interest
from server.core.text import first_name, fold, utf16_len, word_forms


@pytest.mark.parametrize(
    ("text", "length"),
    [("", 0), ("abc", 3), ("é", 1), ("🙂", 2), ("👩‍💻", 5), ("Sofía 🙂", 8)],
)
def test_utf16_len_counts_code_units(text, length):
    assert utf16_len(text) == length


def test_fold_drops_accents_case_and_punctuation():
    assert fold("  Sofía   García-López & Co. ") == "sofia garcia lopez and co"
    assert fold("O'Neill") == "oneill"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("beekeeper", "beekeeping"),
        ("sailing", "sailor"),
        ("marathons", "marathoner"),
        ("running", "runner"),
        ("hiking", "hiker"),
        ("golf", "golfer"),
    ],
)
def test_word_forms_meet_across_derivations(a, b):
    assert word_forms(a) & word_forms(b)


@pytest.mark.parametrize(("a", "b"), [("car", "career"), ("golf", "gulf"), ("bee", "beer")])
def test_word_forms_do_not_meet_by_accident(a, b):
    assert not word_forms(a) & word_forms(b)


def test_interests_match_whole_words_and_stems_never_substrings():
    contact = {
        "about": "Recruiter, marathoner, and terrible-but-enthusiastic jazz pianist.",
        "skills": ["Beekeeping"],
        "interests": ["Women in Data"],
    }
    assert find_interest("marathons", contact)["found_in"] == "about"
    assert find_interest("beekeeper", contact) == {"found_in": "skills", "matched": "Beekeeping"}
    assert find_interest("women in data", contact)["found_in"] == "interests"
    assert find_interest("jazz piano", contact) is None
    assert find_interest("bee", contact) is None
    assert find_interest("thusiast", contact) is None
    assert find_interest("a", contact) is None


def test_interest_snippet_quotes_the_sentence_it_came_from():
    contact = {"about": "Product leader. Weekend sailor. Always reading about economics."}
    assert find_interest("sailing", contact) == {"found_in": "about", "matched": "Weekend sailor."}


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ({"first_name": "Priya", "full_name": "Priya Raman"}, "Priya"),
        ({"full_name": "Marcus O'Neill"}, "Marcus"),
        ({"full_name": "Dr. Sofía García, PhD"}, "Sofía"),
        ({"full_name": "PRIYA RAMAN"}, "Priya"),
        ({"first_name": "Priya 🚀"}, "Priya"),
        ({"first_name": "[Name]"}, "Name"),
        ({"full_name": "🚀"}, ""),
        ({}, ""),
        (None, ""),
    ],
)
def test_first_name(contact, expected):
    assert first_name(contact) == expected
