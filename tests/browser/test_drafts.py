"""Three drafts in the popup, Mark sent moving the agenda on, and the business-card fields."""

import datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.test_capture import capture

PRIYA = "ember-priya-raman-3b7c21.html"
PRIYA_URL = "https://www.linkedin.com/in/priya-raman-3b7c21/"
EMAIL = "priya.raman@northwind.example"
BODY = "Hi Priya, thank you for today & the talk about lakehouses. Best, Sam"


@pytest.fixture
def interviewed_today(segue):
    """Priya interviewed the user today; afterwards her details are as the profile says."""
    capture(segue, PRIYA)
    contact = segue.contact_by_url(PRIYA_URL)
    url = segue.server.url
    with segue.api() as api:
        opportunity = api.post(
            f"{url}/api/opportunities", json={"company": "Northwind Analytics", "role": "Data Lead"}
        ).json()
        api.post(
            f"{url}/api/opportunities/{opportunity['id']}/interviews",
            json={"on": datetime.date.today().isoformat(), "interviewer_ids": [contact["id"]]},
        ).raise_for_status()
    yield contact
    with segue.api() as api:
        api.delete(f"{url}/api/opportunities/{opportunity['id']}").raise_for_status()
        api.patch(
            f"{url}/api/contacts/{contact['id']}", json={"current_title": "", "email": ""}
        ).raise_for_status()


def due_kinds(segue, contact_id):
    with segue.api() as api:
        items = api.get(f"{segue.server.url}/api/agenda").json()["items"]
    return {
        item["kind"]
        for item in items
        if item["state"] in ("today", "overdue") and (item["contact"] or {}).get("id") == contact_id
    }


def test_business_card_fields_save_and_a_correction_shows_what_linkedin_says(
    segue, interviewed_today
):
    _, _, popup = capture(segue, PRIYA)
    popup.get_by_test_id("business-card").click()
    expect(popup.get_by_test_id("card-title")).to_have_value("Engineering Manager")
    expect(popup.get_by_test_id("says-current_title")).to_be_hidden()
    popup.get_by_test_id("card-title").fill("Director of Data Engineering")
    popup.get_by_test_id("card-email").fill(EMAIL)
    popup.get_by_test_id("card-phone").fill("+1 206 555 0142")
    popup.get_by_test_id("card-channel").select_option("email")
    popup.get_by_test_id("card-save").click()
    expect(popup.get_by_test_id("card-saved")).to_have_text("Saved.")
    expect(popup.get_by_test_id("says-current_title")).to_have_text(
        "LinkedIn says: Engineering Manager"
    )
    expect(popup.get_by_test_id("contact-role")).to_have_text(
        "Director of Data Engineering at Northwind Analytics"
    )
    stored = segue.contact_by_url(PRIYA_URL)
    assert (stored["current_title"], stored["email"], stored["preferred_channel"]) == (
        "Director of Data Engineering",
        EMAIL,
        "email",
    )
    assert stored["profile_values"] == {"current_title": "Engineering Manager"}


def test_thank_you_has_subject_mailto_and_mark_sent_moves_the_agenda_on(segue, interviewed_today):
    contact_id = interviewed_today["id"]
    with segue.api() as api:
        api.patch(
            f"{segue.server.url}/api/contacts/{contact_id}", json={"email": EMAIL}
        ).raise_for_status()
    assert "thank_you" in due_kinds(segue, contact_id)
    _, _, popup = capture(segue, PRIYA)
    note = popup.get_by_test_id("suggestion").first
    expect(note.get_by_test_id("insert")).to_be_visible()
    expect(note.get_by_test_id("mailto")).to_be_hidden()

    popup.get_by_test_id("tab-thank-you").click()
    expect(popup.get_by_test_id("tab-thank-you")).to_have_attribute("aria-selected", "true")
    draft = popup.locator('[data-testid="suggestion"][data-kind="thank_you"]').first
    expect(draft).to_be_visible()
    expect(draft.get_by_test_id("insert")).to_be_hidden()
    subject = draft.get_by_test_id("suggestion-subject")
    expect(subject).not_to_have_value("")
    body = draft.get_by_test_id("suggestion-text")
    body.fill(BODY)
    expect(draft.get_by_test_id("suggestion-length")).to_have_text(f"{len(BODY)} characters")
    href = draft.get_by_test_id("mailto").get_attribute("href")
    parts = urlsplit(href)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", EMAIL)
    query = parse_qs(parts.query)
    assert query["subject"] == [subject.input_value()]
    assert query["body"] == [BODY]
    assert "+" not in parts.query and "%20" in parts.query

    draft.get_by_test_id("mark-sent").click()
    expect(draft).to_contain_text("Marked sent today")
    with segue.api() as api:
        touches = api.get(f"{segue.server.url}/api/contacts/{contact_id}/touches").json()
    assert [(t["kind"], t["channel"]) for t in touches][-1] == ("thank_you", "email")
    assert touches[-1]["text"].startswith("Hi Priya, thank you for today")
    assert "thank_you" not in due_kinds(segue, contact_id)

    popup.get_by_test_id("tab-follow-up").click()
    follow_up = popup.locator('[data-testid="suggestion"][data-kind="follow_up"]').first
    expect(follow_up).to_be_visible()
    expect(follow_up.get_by_test_id("mailto")).to_be_visible()
    popup.get_by_test_id("tab-note").click()
    expect(popup.locator('[data-testid="suggestion"][data-kind="connection_note"]')).to_have_count(
        3
    )
