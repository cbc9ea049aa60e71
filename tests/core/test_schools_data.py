"""The school list is big, consistent and easy to extend."""

import json

import pytest

from server.core import schools
from server.core.schools import all_schools, find_school, root_of, school_phrase


def test_lists_at_least_150_schools_with_business_schools():
    listed = all_schools()
    assert len(listed) >= 150
    assert sum(1 for s in listed if s.parent is not None) >= 30


def test_every_parent_exists_and_names_resolve_to_their_entry():
    for school in all_schools():
        assert find_school(school.name) == school
        assert root_of(school).parent is None


def test_business_schools_belong_to_their_university():
    assert root_of(find_school("The Wharton School")).name == "University of Pennsylvania"
    assert root_of(find_school("MIT Sloan")).short == "MIT"
    assert root_of(find_school("Haas")).short == "Berkeley"


def test_a_new_school_is_one_line_in_the_data_file(tmp_path, monkeypatch):
    data = json.loads(schools.DATA_FILE.read_text(encoding="utf-8"))
    data["schools"].append(
        {"id": "gotham", "name": "Gotham University", "short": "Gotham", "aliases": ["GU NYC"]}
    )
    extended = tmp_path / "schools.json"
    extended.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(schools, "DATA_FILE", extended)
    schools._catalogue.cache_clear()
    schools.find_school.cache_clear()
    try:
        assert schools.same_school("GU NYC", "Gotham University")
    finally:
        monkeypatch.undo()
        schools._catalogue.cache_clear()
        schools.find_school.cache_clear()


def test_an_alias_naming_two_schools_is_refused(tmp_path, monkeypatch):
    data = json.loads(schools.DATA_FILE.read_text(encoding="utf-8"))
    data["schools"].append({"id": "other", "name": "Other U", "short": "O", "aliases": ["UMich"]})
    clashing = tmp_path / "schools.json"
    clashing.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(schools, "DATA_FILE", clashing)
    schools._catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match="UMich"):
            schools.all_schools()
    finally:
        monkeypatch.undo()
        schools._catalogue.cache_clear()


def test_school_phrase_names_the_shared_university_readably():
    assert school_phrase("Univ. of Michigan – Ann Arbor", "University of Michigan") == (
        "University of Michigan",
        "Michigan",
    )
    assert school_phrase("Haas", "Haas School of Business") == (
        "Haas School of Business",
        "Berkeley Haas",
    )
    assert school_phrase("University of Somewhere", "University of Somewhere")[1] == (
        "the University of Somewhere"
    )
