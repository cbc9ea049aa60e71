"""LinkedIn moves between profiles without reloading; Segue follows."""

import re

from playwright.sync_api import expect

from tests.browser.pages import EXPECTED, FIXTURES, profile_url

FIRST = "sdui-marcus-oneill-talent.html"
SECOND = "sdui-grouped-roles-wei-chen-data.html"

# What LinkedIn's router does: push the new URL first, then swap the page in a later task.
NAVIGATE = """async ([path, html]) => {
  window.loadedOnce = true;
  history.pushState({}, "", path);
  await new Promise((resolve) => setTimeout(resolve, 250));
  const next = new DOMParser().parseFromString(html, "text/html");
  document.body.replaceWith(document.adoptNode(next.body));
  document.title = next.title;
}"""


def last_parse(segue, tab_id):
    return segue.chrome(
        "async (id) => chrome.tabs.sendMessage(id, {type: 'segue:last-parse'})", tab_id
    )


def test_in_page_navigation_reparses_and_captures_the_second_profile(segue):
    page, tab_id = segue.open_profile(profile_url(FIRST))
    second = EXPECTED[SECOND]
    page.evaluate(NAVIGATE, ["/in/wei-chen-data/", (FIXTURES / SECOND).read_text(encoding="utf-8")])
    assert page.evaluate("window.loadedOnce") is True  # same document: no reload happened

    for _ in range(50):
        parsed = last_parse(segue, tab_id)
        if parsed and parsed["profile"]["full_name"] == second["full_name"]:
            break
        page.wait_for_timeout(100)
    assert parsed["slug"] == "wei-chen-data"
    assert parsed["url"] == second["url"]
    assert parsed["complete"] is True

    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(
        re.compile("^(Saved|Updated)$"), timeout=15000
    )
    expect(popup.get_by_test_id("contact-name")).to_have_text(second["full_name"])
    contact = segue.contact_by_url(second["url"])
    assert contact["full_name"] == second["full_name"]
    assert "Marcus" not in contact["full_name"]


def test_popup_opened_mid_navigation_waits_for_the_new_profile(segue):
    page, tab_id = segue.open_profile(profile_url(FIRST))
    # Push the URL but swap the page only after the popup has asked for a parse.
    page.evaluate("() => history.pushState({}, '', '/in/wei-chen-data/')")
    popup = segue.open_popup(tab_id)
    page.evaluate(NAVIGATE, ["/in/wei-chen-data/", (FIXTURES / SECOND).read_text(encoding="utf-8")])
    expect(popup.get_by_test_id("contact-name")).to_have_text(
        EXPECTED[SECOND]["full_name"], timeout=15000
    )


def test_arriving_from_the_feed_without_a_reload_still_captures(segue):
    # The content script only runs on pages loaded at /in/*; the popup injects it otherwise.
    page = segue.context.new_page()
    page.goto("https://www.linkedin.com/feed/")
    tab_id = segue.tab_id(page)
    html = (FIXTURES / FIRST).read_text(encoding="utf-8")
    page.evaluate(NAVIGATE, ["/in/marcus-oneill-talent/", html])
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(
        re.compile("^(Saved|Updated)$"), timeout=15000
    )
    expect(popup.get_by_test_id("contact-name")).to_have_text(EXPECTED[FIRST]["full_name"])
