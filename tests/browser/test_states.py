"""Every way the popup can fail says what happened and what to do."""

import re
import socket

from playwright.sync_api import expect

from tests.browser.pages import profile_url

PROFILE = "sdui-marcus-oneill-talent.html"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_not_a_profile_page(segue):
    page = segue.context.new_page()
    page.goto("https://www.linkedin.com/feed/")
    popup = segue.open_popup(segue.tab_id(page))
    error = popup.get_by_test_id("error")
    expect(error).to_contain_text("Open a LinkedIn profile")
    expect(popup.get_by_test_id("capture-status")).to_have_text("Not a profile")
    expect(popup.get_by_test_id("contact-name")).to_be_hidden()


def test_server_not_running_says_how_to_start_it(segue):
    segue.configure(server_url=f"http://127.0.0.1:{closed_port()}")
    _, tab_id = segue.open_profile(profile_url(PROFILE))
    popup = segue.open_popup(tab_id)
    error = popup.get_by_test_id("error")
    expect(error).to_contain_text("isn't running")
    expect(error).to_contain_text("./scripts/serve")
    expect(error.get_by_role("button", name="Try again")).to_be_focused()
    expect(popup.get_by_test_id("capture-status")).to_have_text("Not saved")


def test_try_again_captures_once_the_server_is_back(segue):
    segue.configure(server_url=f"http://127.0.0.1:{closed_port()}")
    _, tab_id = segue.open_profile(profile_url(PROFILE))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("error")).to_contain_text("./scripts/serve")
    segue.configure()
    popup.get_by_role("button", name="Try again").click()
    expect(popup.get_by_test_id("capture-status")).to_have_text(re.compile("^(Saved|Updated)$"))
    expect(popup.get_by_test_id("error")).to_be_hidden()


def test_wrong_token_links_to_the_options(segue):
    segue.configure(token="not-the-token")
    _, tab_id = segue.open_profile(profile_url(PROFILE))
    popup = segue.open_popup(tab_id)
    error = popup.get_by_test_id("error")
    expect(error).to_contain_text("token")
    with segue.context.expect_page() as opened:
        error.get_by_role("button", name="Open settings").click()
    expect(opened.value).to_have_url(re.compile(r"/options/options\.html$"))


def test_missing_token_asks_to_finish_setup(segue):
    segue.configure(token="")
    _, tab_id = segue.open_profile(profile_url(PROFILE))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("error")).to_contain_text("Finish setting up")


def test_a_page_without_a_profile_on_it_is_not_saved(segue):
    page = segue.context.new_page()
    page.goto("https://www.linkedin.com/in/nobody-here/")
    popup = segue.open_popup(segue.tab_id(page))
    expect(popup.get_by_test_id("error")).to_contain_text(
        "Couldn't read this profile", timeout=10000
    )
