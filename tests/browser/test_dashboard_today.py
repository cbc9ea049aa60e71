"""Today in real Chromium: the interview's follow-ups, their drafts, and Mark sent."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.dashboard import seed_interview
from tests.conftest import server_with_own_database


@pytest.fixture
def dashboard_server(tmp_path):
    """A server of each test's own: what one test marks sent or adds never moves another's."""
    with server_with_own_database(tmp_path) as server:
        yield server


@pytest.fixture
def interview(dashboard, request):
    slug = f"priya-today-{request.node.name[-20:].replace('_', '-')}"
    today = datetime.date.today().isoformat()
    return seed_interview(dashboard, slug=slug, company=f"Acme {slug}", on=today)


def items_for(page, contact_id, kind):
    link = f'a[href="/contacts/{contact_id}"]'
    return (
        page.get_by_test_id("agenda-item")
        .filter(has=page.locator(link))
        .and_(page.locator(f'[data-kind="{kind}"]'))
    )


def test_today_shows_the_thank_you_due_today_with_its_draft_and_a_mail_link(dashboard, interview):
    page = dashboard.sign_in()
    contact = interview["contact"]
    item = items_for(page, contact["id"], "thank_you")
    assert item.count() == 1
    assert item.get_attribute("data-due") == datetime.date.today().isoformat()
    assert "Acme" in item.inner_text()
    draft = item.get_by_test_id("draft-text")
    assert "Priya" in draft.input_value()
    href = item.get_by_test_id("mailto").get_attribute("href")
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "priya@example.com"
    query = parse_qs(parts.query)
    assert query["subject"][0].strip()
    assert query["body"][0] == draft.input_value()


def test_editing_a_draft_updates_its_length_and_mail_link(dashboard, interview):
    page = dashboard.sign_in()
    item = items_for(page, interview["contact"]["id"], "thank_you")
    item.get_by_test_id("draft-text").fill("Hi Priya, thank you 🙂")
    assert item.get_by_test_id("draft-length").inner_text().startswith("22")  # 🙂 counts 2
    href = item.get_by_test_id("mailto").get_attribute("href")
    assert parse_qs(urlsplit(href).query)["body"] == ["Hi Priya, thank you 🙂"]


def test_copy_puts_the_draft_on_the_clipboard(dashboard, interview):
    dashboard.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = dashboard.sign_in()
    item = items_for(page, interview["contact"]["id"], "thank_you")
    item.get_by_test_id("copy").click()
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == item.get_by_test_id("draft-text").input_value()
    )


def test_mark_sent_records_a_touch_and_moves_the_plan_on_without_a_reload(dashboard, interview):
    page = dashboard.sign_in()
    contact_id = interview["contact"]["id"]
    page.evaluate("window.notReloaded = true")
    item = items_for(page, contact_id, "thank_you")
    item.get_by_test_id("mark-sent-channel").select_option("email")
    item.get_by_test_id("mark-sent").click()
    items_for(page, contact_id, "thank_you").wait_for(state="detached")
    assert page.evaluate("window.notReloaded") is True
    assert items_for(page, contact_id, "connection_request").count() == 1
    with dashboard.api() as api:
        touches = api.get(f"{dashboard.server.url}/api/contacts/{contact_id}/touches").json()
    assert [(t["kind"], t["channel"], t["interview_id"]) for t in touches] == [
        ("thank_you", "email", interview["interview_id"])
    ]


def test_mark_sent_works_without_javascript(chromium, dashboard_server, interview):
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{dashboard_server.url}/login?token={dashboard_server.token}")
        contact_id = interview["contact"]["id"]
        items_for(page, contact_id, "connection_request").get_by_test_id("mark-sent").click()
        page.wait_for_load_state()
        assert page.url == f"{dashboard_server.url}/"
        assert items_for(page, contact_id, "connection_request").count() == 0
    finally:
        context.close()


def test_the_calendar_subscription_is_one_link(dashboard, interview):
    page = dashboard.sign_in()
    href = page.get_by_test_id("calendar-subscribe").get_attribute("href")
    assert href.startswith("webcal://127.0.0.1:") and "/api/calendar.ics?key=" in href
    with dashboard.api() as api:
        key = api.get(f"{dashboard.server.url}/api/calendar/key").json()["key"]
    assert href.endswith(f"key={key}")


def test_past_the_first_few_items_a_link_leads_to_the_draft(dashboard):
    today = datetime.date.today().isoformat()
    for n in range(4):  # a thank-you and a connection request each, at least
        seed_interview(dashboard, slug=f"priya-many-{n}", company=f"Many {n}", on=today)
    page = dashboard.sign_in()
    items = page.get_by_test_id("agenda-item")
    assert items.count() > 5
    assert page.get_by_test_id("draft-text").count() == 5
    link = page.get_by_test_id("open-draft").first
    link.click()
    page.wait_for_url("**/contacts/*")
    assert page.get_by_test_id("draft-text").count() >= 3
