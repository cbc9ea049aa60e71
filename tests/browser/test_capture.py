"""Capturing a profile through the popup stores what the page says, and nothing else."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.pages import EXPECTED, SCREENSHOTS, profile_url

SHARED = [
    "ember-priya-raman-3b7c21.html",
    "sdui-marcus-oneill-talent.html",
    "public-sofia-garcia-pm.html",
]
EXTRA = [name for name in EXPECTED if name not in SHARED]
SAVED = re.compile(r"^(Saved|Updated)$")


def capture(segue, name):
    """Open the fixture, open the popup on it, and wait until it says Saved or Updated."""
    page, tab_id = segue.open_profile(profile_url(name))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(SAVED, timeout=15000)
    return page, tab_id, popup


def assert_matches_expected(contact, spec):
    assert contact["linkedin_url"] == spec["url"]
    assert contact["full_name"] == spec["full_name"]
    assert contact["headline"] == spec["headline"]
    assert contact["location"] == spec["location"]
    assert contact["current_title"] == spec["current_title"]
    assert contact["current_company"] == spec["current_company"]
    assert {p["company"] for p in contact["positions"]} == set(spec["companies"])
    assert {p["title"] for p in contact["positions"]} == set(spec["titles"])
    assert {e["school"] for e in contact["education"]} == set(spec["schools"])
    assert (contact["about"] or "").startswith(spec["about_starts"])
    assert contact["capture"]["layout"] == spec["layout"]
    stored = json.dumps(contact, ensure_ascii=False)
    for name in spec["not"]:
        assert name not in stored, f"{name!r} leaked into the capture"


@pytest.mark.parametrize("name", SHARED)
def test_shared_fixture_is_stored_as_expected(segue, name):
    _, _, popup = capture(segue, name)
    spec = EXPECTED[name]
    expect(popup.get_by_test_id("contact-name")).to_have_text(spec["full_name"])
    expect(popup.get_by_test_id("contact-role")).to_have_text(
        f"{spec['current_title']} at {spec['current_company']}"
    )
    contact = segue.contact_by_url(spec["url"])
    assert_matches_expected(contact, spec)
    assert contact["capture"]["complete"] is True


@pytest.mark.parametrize("name", EXTRA)
def test_hard_case_is_stored_as_expected(segue, name):
    _, _, popup = capture(segue, name)
    spec = EXPECTED[name]
    expect(popup.get_by_test_id("contact-name")).to_have_text(spec["full_name"])
    contact = segue.contact_by_url(spec["url"])
    assert_matches_expected(contact, spec)
    assert contact["capture"]["complete"] is spec["complete"]
    for want, got in zip(spec.get("positions", []), contact["positions"], strict=False):
        assert {key: got[key] for key in want} == want
    if "positions" in spec:
        assert len(contact["positions"]) == len(spec["positions"])


def test_second_capture_says_updated_and_keeps_one_contact(segue):
    name = "sdui-marcus-oneill-talent.html"
    capture(segue, name)
    _, _, popup = capture(segue, name)
    expect(popup.get_by_test_id("capture-status")).to_have_text("Updated")
    with segue.api() as api:
        found = api.get(f"{segue.server.url}/api/contacts", params={"q": "Marcus"}).json()
    assert [c["linkedin_url"] for c in found].count(EXPECTED[name]["url"]) == 1


def test_first_capture_says_saved(segue):
    name = "sdui-invite-closed-shadow-kofi-mensah.html"
    with segue.api() as api:
        existing = [
            c
            for c in api.get(f"{segue.server.url}/api/contacts", params={"q": "Kofi"}).json()
            if c["linkedin_url"] == EXPECTED[name]["url"]
        ]
        for contact in existing:
            api.delete(f"{segue.server.url}/api/contacts/{contact['id']}").raise_for_status()
    _, _, popup = capture(segue, name)
    expect(popup.get_by_test_id("capture-status")).to_have_text("Saved")


def test_partial_capture_is_saved_and_says_what_is_missing(segue):
    _, _, popup = capture(segue, "ember-missing-sections-alex-kim-ops.html")
    notice = popup.get_by_test_id("partial")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("education")
    expect(notice.get_by_role("button", name="Capture again")).to_be_visible()


def test_complete_capture_shows_no_partial_notice(segue):
    _, _, popup = capture(segue, "ember-priya-raman-3b7c21.html")
    expect(popup.get_by_test_id("partial")).to_be_hidden()


ME = {
    "full_name": "Sam Viewer",
    "headline": "Data analyst",
    "location": "Seattle, Washington",
    "account_type": "free",
    "schools": [{"school": "Univ. of Michigan", "degree": "BS", "start": "2010", "end": "2014"}],
    "employers": [],
    "interests": ["golf", "robotics"],
}


def test_talking_points_show_what_the_user_shares(segue):
    with segue.api() as api:
        api.put(f"{segue.server.url}/api/me", json=ME).raise_for_status()
    _, _, popup = capture(segue, "ember-priya-raman-3b7c21.html")
    points = popup.get_by_test_id("talking-point")
    expect(points.filter(has_text="University of Michigan")).to_have_count(1)
    expect(points.filter(has_text="School")).not_to_have_count(0)


def test_popup_screenshot_for_the_readme(segue):
    with segue.api() as api:
        api.put(f"{segue.server.url}/api/me", json=ME).raise_for_status()
    _, _, popup = capture(segue, "ember-priya-raman-3b7c21.html")
    expect(popup.get_by_test_id("talking-point").first).to_be_visible()
    expect(popup.get_by_test_id("suggestion").first).to_be_visible()
    popup.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / "popup.png"
    popup.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
