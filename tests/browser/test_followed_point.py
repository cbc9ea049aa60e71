"""A profile whose Interests follow a school the user attended shows that point in the popup."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.pages import EXPECTED, profile_url

NADIA = "ember-follows-school-nadia-haddad.html"
SAVED = re.compile(r"^(Saved|Updated)$")
# Studied at Michigan, which Nadia follows but never attended; nothing else in common.
ME = {
    "full_name": "Sam Viewer",
    "headline": "Data analyst",
    "location": "Seattle, Washington",
    "account_type": "free",
    "schools": [{"school": "Univ. of Michigan – Ann Arbor", "start": "2010", "end": "2014"}],
    "employers": [],
    "interests": ["hiking"],
}


@pytest.fixture
def me_from_michigan(segue):
    """The user's "me" for this test, and the one before it put back afterwards."""
    with segue.api() as api:
        before = api.get(f"{segue.server.url}/api/me").json()
        before.pop("updated_at", None)
        api.put(f"{segue.server.url}/api/me", json=ME).raise_for_status()
    yield
    with segue.api() as api:
        api.put(f"{segue.server.url}/api/me", json=before).raise_for_status()


def test_a_followed_school_the_user_attended_shows_as_its_own_talking_point(
    segue, me_from_michigan
):
    _, tab_id = segue.open_profile(profile_url(NADIA))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(SAVED, timeout=15000)

    points = popup.get_by_test_id("talking-point")
    expect(points).to_have_count(1)
    expect(points.first.locator(".point__kind")).to_have_text("Follows")
    expect(points.first).to_contain_text(
        "Nadia follows the University of Michigan, where you studied."
    )
    note = popup.get_by_test_id("suggestion-text").first
    expect(note).to_contain_text(
        "I saw you follow the University of Michigan — I studied there too."
    )
    expect(note).not_to_contain_text("we were")

    stored = segue.contact_by_url(EXPECTED[NADIA]["url"])
    assert stored["capture"]["followed"] == EXPECTED[NADIA]["followed"]
    assert [p["kind"] for p in stored["talking_points"]] == ["followed"]
