"""LinkedIn's page cannot see Segue: no extension file answers it, and its DOM shows no trace."""

import re
import subprocess

from playwright.sync_api import expect

from tests.browser.node_tools import node_tools
from tests.browser.pages import EXTENSION, profile_url

# Every file the extension ships, as the page would probe for it.
SHIPPED = sorted(
    path.relative_to(EXTENSION).as_posix()
    for path in EXTENSION.rglob("*")
    if path.is_file() and "node_modules" not in path.parts
)
PROBE = """async (urls) => {
  const answered = [];
  for (const url of urls) {
    try {
      await fetch(url);
      answered.push(url);
    } catch {
      // Refused: what a page must get for every extension file.
    }
  }
  return answered;
}"""
TRACE = re.compile(r"segue|chrome-extension:", re.IGNORECASE)


def page_state(page) -> dict:
    """What the page's own world can see: its markup and its global names."""
    return page.evaluate(
        """() => ({
          html: document.documentElement.outerHTML,
          globals: Object.keys(window).filter((name) => /segue/i.test(name)),
        })"""
    )


def test_no_extension_file_can_be_fetched_from_a_linkedin_page(segue):
    assert "content/content-script.js" in SHIPPED
    page, _ = segue.open_profile(profile_url("ember-priya-raman-3b7c21.html"))
    urls = [f"{segue.base}/{path}" for path in SHIPPED]
    # page.evaluate runs in the page's own world, where LinkedIn's scripts run.
    assert page.evaluate(PROBE, urls) == []


def test_page_sees_no_trace_of_segue_until_insert(segue):
    page, tab_id = segue.open_profile(profile_url("ember-invite-dialog-jordan-blake.html"))
    before = page_state(page)
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(
        re.compile("^(Saved|Updated)$"), timeout=15000
    )
    expect(popup.get_by_test_id("suggestion").first).to_be_visible(timeout=10000)
    after = page_state(page)
    assert after == before
    assert not TRACE.search(after["html"])
    assert after["globals"] == []

    page.click("#connect")
    popup.get_by_test_id("suggestion").first.get_by_test_id("insert").click()
    expect(popup.get_by_test_id("suggestion").first).to_contain_text("Inserted")
    assert page.evaluate("document.querySelector('textarea').value")


def test_committed_content_script_is_what_the_build_makes():
    tools = node_tools()
    result = subprocess.run(
        ["node", "build-content.mjs", "--check"], cwd=tools, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
