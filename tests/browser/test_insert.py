"""Insert fills LinkedIn's "Add a note" box, wherever it is rendered, and never sends."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.pages import profile_url

NOTE = (
    "Hi Jordan, thank you for the conversation today about platform teams. "
    "I'd like to stay in touch."
)
DIALOGS = {
    "ember-invite-dialog-jordan-blake.html": "document",
    "sdui-invite-shadow-amara-nwosu.html": "window.inviteRoot",
    "sdui-invite-closed-shadow-kofi-mensah.html": "window.inviteRoot",
}


def popup_with_notes(segue, name):
    page, tab_id = segue.open_profile(profile_url(name))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(
        re.compile("^(Saved|Updated)$"), timeout=15000
    )
    expect(popup.get_by_test_id("suggestion").first).to_be_visible(timeout=10000)
    return page, popup


@pytest.mark.parametrize("name", list(DIALOGS))
def test_insert_fills_the_note_and_the_dialog_counter_follows(segue, name):
    page, popup = popup_with_notes(segue, name)
    page.click("#connect")
    note = popup.get_by_test_id("suggestion").first
    note.get_by_test_id("suggestion-text").fill(NOTE)
    expect(note.get_by_test_id("suggestion-length")).to_have_text(f"{len(NOTE)} / 200")
    note.get_by_test_id("insert").click()
    expect(note).to_contain_text("Inserted")

    root = DIALOGS[name]
    # Insert opened "Add a note" itself, so the user sees the filled box.
    assert page.evaluate(f"{root}.querySelector('textarea').getClientRects().length") > 0
    assert page.evaluate(f"{root}.querySelector('textarea').value") == NOTE
    assert (
        page.evaluate(f"{root}.querySelector('.custom-message-counter').textContent")
        == f"{len(NOTE)}/200"
    )
    assert page.evaluate("document.body.dataset.sent") is None


def test_insert_without_an_open_dialog_says_how_to_open_it(segue):
    page, popup = popup_with_notes(segue, "ember-invite-dialog-jordan-blake.html")
    note = popup.get_by_test_id("suggestion").first
    note.get_by_test_id("insert").click()
    expect(note).to_contain_text("click Connect")
    assert page.evaluate("document.body.dataset.sent") is None


def test_counter_is_live_and_an_over_long_note_cannot_be_inserted(segue):
    _, popup = popup_with_notes(segue, "ember-invite-dialog-jordan-blake.html")
    note = popup.get_by_test_id("suggestion").first
    text = note.get_by_test_id("suggestion-text")
    counter = note.get_by_test_id("suggestion-length")
    text.fill("")
    text.press_sequentially("Hi 🙂")
    expect(counter).to_have_text("5 / 200")
    text.fill("x" * 201)
    expect(counter).to_have_text("201 / 200")
    expect(counter).to_have_attribute("data-over", "true")
    expect(note.get_by_test_id("insert")).to_be_disabled()


def test_copy_puts_the_note_on_the_clipboard(segue):
    _, popup = popup_with_notes(segue, "ember-invite-dialog-jordan-blake.html")
    note = popup.get_by_test_id("suggestion").first
    note.get_by_test_id("suggestion-text").fill(NOTE)
    note.get_by_test_id("copy").click()
    expect(note).to_contain_text("Copied")
    # Paste it back somewhere: what the clipboard holds is what the user would paste.
    popup.locator("#add-details summary").click()
    box = popup.locator("#add-text")
    box.focus()
    box.press("ControlOrMeta+V")
    expect(box).to_have_value(NOTE)


def test_insert_into_a_note_box_the_user_already_opened(segue):
    page, popup = popup_with_notes(segue, "ember-invite-dialog-jordan-blake.html")
    page.click("#connect")
    page.get_by_role("button", name="Add a free note").click()
    page.locator("#custom-message").fill("draft")
    note = popup.get_by_test_id("suggestion").first
    expected = note.get_by_test_id("suggestion-text").input_value()
    note.get_by_test_id("insert").click()
    expect(note).to_contain_text("Inserted")
    expect(page.locator("#custom-message")).to_have_value(expected)
    length = len(expected.encode("utf-16-le")) // 2
    expect(page.locator(".custom-message-counter")).to_have_text(f"{length}/200")
    assert page.evaluate("document.body.dataset.sent") is None
