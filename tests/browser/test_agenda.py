"""What is due: the toolbar badge, the popup away from a profile, and one notification a day."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.test_capture import capture

PRIYA = "ember-priya-raman-3b7c21.html"


@pytest.fixture
def due_today(segue):
    """An interview today with Priya: her thank-you and connection request are due today."""
    capture(segue, PRIYA)
    contact = segue.contact_by_url("https://www.linkedin.com/in/priya-raman-3b7c21/")
    url = segue.server.url
    today = datetime.date.today().isoformat()
    with segue.api() as api:
        opportunity = api.post(
            f"{url}/api/opportunities",
            json={
                "company": "Northwind Analytics",
                "role": "Data Engineer",
                "status": "interviewing",
            },
        )
        opportunity.raise_for_status()
        api.post(
            f"{url}/api/opportunities/{opportunity.json()['id']}/interviews",
            json={"on": today, "interviewer_ids": [contact["id"]], "timeframe": "about a week"},
        ).raise_for_status()
        items = api.get(f"{url}/api/agenda", params={"today": today}).json()["items"]
    due = [item for item in items if item["state"] in ("today", "overdue")]
    assert due
    yield due
    with segue.api() as api:
        api.delete(f"{url}/api/opportunities/{opportunity.json()['id']}").raise_for_status()


def worker(segue, script: str, arg=None):
    return segue.chrome(script, arg)


REFRESH = "async () => (await chrome.runtime.sendMessage({type: 'refreshAgenda'})).data"


def test_badge_counts_what_is_due_today_or_overdue(segue, due_today):
    assert worker(segue, REFRESH) == {"due": len(due_today)}
    badge = worker(segue, "async () => chrome.action.getBadgeText({})")
    assert badge == str(len(due_today))


def test_popup_away_from_a_profile_shows_todays_agenda(segue, due_today):
    page, tab_id = segue.open_profile("https://www.linkedin.com/feed/")
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text("Not a profile")
    items = popup.get_by_test_id("agenda-item")
    expect(items).to_have_count(len(due_today))
    kinds = {item["kind"] for item in due_today}
    expect(items.filter(has_text="Priya Raman").first).to_be_visible()
    assert {items.nth(i).get_attribute("data-kind") for i in range(len(due_today))} == kinds


NOTIFICATIONS = "async () => Object.keys(await chrome.notifications.getAll())"
RESET = """async (notify) => {
  await chrome.notifications.clear('segue-agenda');
  await chrome.storage.local.remove('notifiedOn');
  await chrome.storage.local.set({notify});
}"""


def test_one_notification_a_day_which_the_options_turn_off(segue, due_today):
    worker(segue, RESET, False)
    worker(segue, REFRESH)
    assert worker(segue, NOTIFICATIONS) == []

    options = segue.open_options()
    expect(options.get_by_test_id("notify")).not_to_be_checked()
    options.get_by_test_id("notify").check()
    assert worker(segue, "async () => (await chrome.storage.local.get('notify')).notify") is True

    worker(segue, REFRESH)
    assert worker(segue, NOTIFICATIONS) == ["segue-agenda"]
    # The same day again: no second notification.
    worker(segue, "async () => chrome.notifications.clear('segue-agenda')")
    worker(segue, REFRESH)
    assert worker(segue, NOTIFICATIONS) == []
