"""The pipeline board in Chromium: columns by status, add, move by keyboard, log an interview."""

import datetime

from tests.browser.dashboard import seed_interview


def column(page, status):
    return page.locator(f'[data-testid="pipeline-column"][data-status="{status}"]')


def card(page, company):
    return page.get_by_test_id("opportunity-card").filter(has_text=company)


def test_the_board_has_a_column_per_status_with_closed_ones_folded_away(dashboard):
    page = dashboard.open("/pipeline", dashboard.sign_in())
    statuses = page.get_by_test_id("pipeline-column").evaluate_all(
        "columns => columns.map(c => c.dataset.status)"
    )
    assert statuses == [
        "wishlist", "applied", "interviewing", "offer", "accepted", "rejected", "withdrawn"
    ]  # fmt: skip
    assert column(page, "applied").is_visible()
    assert not column(page, "rejected").is_visible()
    page.get_by_text("Closed:").click()
    assert column(page, "rejected").is_visible()


def test_an_added_opportunity_shows_its_next_interview(dashboard):
    page = dashboard.open("/pipeline", dashboard.sign_in())
    page.get_by_text("Add an opportunity").click()
    page.get_by_test_id("new-company").fill("Globex Board")
    page.get_by_test_id("new-role").fill("Analyst")
    page.get_by_test_id("add-opportunity-submit").click()
    found = column(page, "applied").get_by_test_id("opportunity-card").filter(
        has_text="Globex Board"
    )
    assert found.count() == 1 and "Analyst" in found.inner_text()
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    found.get_by_test_id("open-opportunity").click()
    page.get_by_test_id("interview-date").fill(tomorrow)
    page.get_by_test_id("interview-save").click()
    assert tomorrow in page.get_by_test_id("interviews").inner_text()
    page = dashboard.open("/pipeline", page)
    next_interview = card(page, "Globex Board").get_by_test_id("next-interview")
    assert next_interview.inner_text().startswith(f"Interview {tomorrow}")


def test_a_card_moves_to_another_column_by_keyboard_alone(dashboard):
    with dashboard.api() as api:
        api.post(
            f"{dashboard.server.url}/api/opportunities",
            json={"company": "Initech Keys", "role": "Analyst", "status": "interviewing"},
        ).raise_for_status()
    page = dashboard.open("/pipeline", dashboard.sign_in())
    page.evaluate("window.notReloaded = true")
    card(page, "Initech Keys").get_by_test_id("move").focus()
    page.keyboard.type("Offer")  # a select picks the option whose name is typed
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.testid") == "move-submit"
    page.keyboard.press("Enter")
    moved = column(page, "offer").get_by_test_id("opportunity-card").filter(has_text="Initech Keys")
    moved.wait_for()
    assert card(page, "Initech Keys").count() == 1
    assert page.evaluate("window.notReloaded") is True
    with dashboard.api() as api:
        listed = api.get(f"{dashboard.server.url}/api/opportunities").json()
    assert [o["status"] for o in listed if o["company"] == "Initech Keys"] == ["offer"]


def test_logging_an_interview_reads_the_timeframe_live_and_plans_the_follow_up(dashboard):
    seeded = seed_interview(dashboard, slug="priya-board", company="Umbrella Live", on="2026-11-20")
    page = dashboard.open("/pipeline", dashboard.sign_in())
    card(page, "Umbrella Live").get_by_test_id("open-opportunity").click()
    found = page.get_by_test_id("log-interview")
    found.get_by_test_id("interview-date").fill("2026-12-01")
    found.get_by_test_id("interview-interviewers").fill(seeded["contact"]["linkedin_url"])
    found.get_by_test_id("interview-next-steps").fill("A call with the director")
    found.get_by_test_id("interview-timeframe").fill("about a week")
    reading = found.get_by_test_id("timeframe-reading")
    reading.filter(has_text="Tue 8 Dec").wait_for()
    assert "follow up on Fri 11 Dec" in reading.inner_text()
    found.get_by_test_id("interview-save").click()
    page.wait_for_load_state()
    with dashboard.api() as api:
        opportunity = api.get(
            f"{dashboard.server.url}/api/opportunities/{seeded['opportunity_id']}"
        ).json()
    logged = [i for i in opportunity["interviews"] if i["on"] == "2026-12-01"]
    assert [(i["decide_by"], i["follow_up_on"], i["interviewer_ids"]) for i in logged] == [
        ("2026-12-08", "2026-12-11", [seeded["contact"]["id"]])
    ]


def test_an_unknown_interviewer_is_named_in_the_error(dashboard):
    with dashboard.api() as api:
        api.post(
            f"{dashboard.server.url}/api/opportunities",
            json={"company": "Hooli Names", "status": "applied"},
        ).raise_for_status()
    page = dashboard.open("/pipeline", dashboard.sign_in())
    card(page, "Hooli Names").get_by_test_id("open-opportunity").click()
    page.get_by_test_id("interview-interviewers").fill("Nobody Byname")
    page.get_by_test_id("interview-save").click()
    assert "Nobody Byname" in page.get_by_role("alert").inner_text()


def test_closed_columns_unfold_to_their_latest_and_page_through_the_rest(dashboard):
    with dashboard.api() as api:
        for n in range(4):
            api.post(
                f"{dashboard.server.url}/api/opportunities",
                json={"company": f"Folded {n}", "status": "rejected"},
            ).raise_for_status()
    page = dashboard.open("/pipeline", dashboard.sign_in())
    rejected = column(page, "rejected")
    assert not rejected.is_visible()
    page.get_by_test_id("closed-columns").locator("summary").click()
    shown = rejected.get_by_test_id("opportunity-card").locator("h3").all_inner_texts()
    assert shown == ["Folded 3", "Folded 2", "Folded 1"]
    rejected.get_by_test_id("show-column").click()
    page.wait_for_url("**/pipeline?column=rejected")
    assert page.get_by_test_id("pipeline-column").count() == 1
    everything = column(page, "rejected").get_by_test_id("opportunity-card").locator("h3")
    assert everything.all_inner_texts()[:4] == ["Folded 3", "Folded 2", "Folded 1", "Folded 0"]
    page.get_by_test_id("whole-board").click()
    page.wait_for_url("**/pipeline")
    assert column(page, "applied").is_visible()
