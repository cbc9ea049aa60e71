"""A profile cut short behind "Show all" is completed from its details pages, in the popup."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.pages import EXPECTED, profile_url

LUCIA = "ember-cut-short-lucia-alvarez-nowak.html"
URL = EXPECTED[LUCIA]["url"]
SAVED = re.compile(r"^(Saved|Updated)$")


def popup_on(segue, url):
    page, tab_id = segue.open_profile(url)
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(SAVED, timeout=15000)
    return page, popup


@pytest.fixture
def fresh_lucia(segue):
    """No stored Lucía before the test, and none after (other tests capture her page too)."""

    def remove():
        with segue.api() as api:
            for contact in api.get(
                f"{segue.server.url}/api/contacts", params={"q": "Nowak"}
            ).json():
                api.delete(f"{segue.server.url}/api/contacts/{contact['id']}").raise_for_status()

    remove()
    yield
    remove()


def test_cut_short_profile_says_what_is_missing_and_details_pages_fill_it(segue, fresh_lucia):
    page, popup = popup_on(segue, URL)
    notice = popup.get_by_test_id("partial")
    expect(notice).to_contain_text("LinkedIn shows 2 of 5 experiences here")
    stored = segue.contact_by_url(URL)
    assert stored["capture"]["complete"] is False
    assert stored["capture"]["missing"] == ["positions", "education", "skills"]
    assert (stored["first_name"], stored["last_name"]) == ("Lucía", "Alvarez Nowak")
    assert stored["about"].split("\n")[:3] == [
        "I lead product teams in two languages.",
        "",
        "What I care about:",
    ]
    assert stored["capture"]["followed"][1] == {"type": "school", "name": "IE Business School"}

    # The notice's button opens the details page in the same tab.
    notice.get_by_role("button", name="Show all 5 experiences").click()
    page.wait_for_url(f"{URL}details/experience/")

    for details, count in (("experience", 5), ("education", 2), ("skills", 7)):
        _, popup = popup_on(segue, f"{URL}details/{details}/")
        expect(popup.get_by_test_id("partial")).to_contain_text(f"Added all {count}")
        expect(popup.get_by_test_id("contact-name")).to_have_text("Lucía Alvarez Nowak")

    merged = segue.contact_by_url(URL)
    assert len(merged["positions"]) == 5
    assert len(merged["education"]) == 2
    assert len(merged["skills"]) == 7
    assert merged["headline"] == EXPECTED[LUCIA]["headline"]
    assert merged["interests"] == ["Fabrikam", "IE Business School", "Product Leaders Europe"]
    assert merged["capture"]["complete"] is True

    # The profile page again: its short lists do not shrink what the details pages gave.
    _, popup = popup_on(segue, URL)
    expect(popup.get_by_test_id("capture-status")).to_have_text("Updated")
    again = segue.contact_by_url(URL)
    assert (len(again["positions"]), len(again["education"]), len(again["skills"])) == (5, 2, 7)


def test_private_profile_gets_advice_that_fits_it(segue):
    _, popup = popup_on(segue, profile_url("ember-private-sri-lalitha-iyer.html"))
    notice = popup.get_by_test_id("partial")
    expect(notice).to_contain_text(
        "Sri Lalitha shows most of their profile only to their connections"
    )
    expect(notice).not_to_contain_text("scroll")


def test_role_line_wraps_and_shows_the_employer(segue, fresh_lucia):
    _, popup = popup_on(segue, URL)
    role = popup.get_by_test_id("contact-role")
    expect(role).to_have_text("Director of Product at Fabrikam")
    popup.set_viewport_size({"width": 200, "height": 640})
    assert role.evaluate("(e) => getComputedStyle(e).whiteSpace") != "nowrap"
    assert role.evaluate("(e) => e.scrollWidth <= e.clientWidth")
