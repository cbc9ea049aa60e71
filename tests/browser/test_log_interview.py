"""Log the interview from the interviewer's profile; a second interviewer joins it from theirs."""

from playwright.sync_api import expect

from tests.browser.test_capture import capture

PRIYA = "ember-priya-raman-3b7c21.html"
MARCUS = "sdui-marcus-oneill-talent.html"


def test_log_interview_reads_the_timeframe_live_and_saves_in_one_click(segue):
    url = segue.server.url
    with segue.api() as api:
        for opportunity in api.get(f"{url}/api/opportunities").json():
            api.delete(f"{url}/api/opportunities/{opportunity['id']}").raise_for_status()
    _, _, popup = capture(segue, PRIYA)
    popup.get_by_test_id("log-interview").click()
    expect(popup.get_by_test_id("interview-company")).to_have_value("Northwind Analytics")
    popup.get_by_test_id("interview-date").fill("2026-12-01")
    popup.get_by_test_id("interview-role").fill("Data Engineer")
    popup.get_by_test_id("interview-stage").fill("Hiring manager")
    popup.get_by_test_id("interview-next-steps").fill("A take-home, then the team")
    popup.get_by_test_id("interview-timeframe").fill("about a week")
    expect(popup.get_by_test_id("interview-reading")).to_have_text(
        "about a week → decide by Tue 8 Dec, follow up Fri 11 Dec"
    )
    popup.get_by_test_id("interview-save").click()
    expect(popup.get_by_test_id("interview-saved")).to_have_text(
        "Saved: Northwind Analytics, follow up Fri 11 Dec."
    )
    priya = segue.contact_by_url("https://www.linkedin.com/in/priya-raman-3b7c21/")
    with segue.api() as api:
        [opportunity] = api.get(f"{url}/api/opportunities").json()
        full = api.get(f"{url}/api/opportunities/{opportunity['id']}").json()
    assert (full["company"], full["role"], full["status"]) == (
        "Northwind Analytics",
        "Data Engineer",
        "interviewing",
    )
    [interview] = full["interviews"]
    assert interview["on"] == "2026-12-01"
    assert interview["interviewer_ids"] == [priya["id"]]
    assert (interview["stage"], interview["next_steps"], interview["timeframe"]) == (
        "Hiring manager",
        "A take-home, then the team",
        "about a week",
    )
    assert (interview["decide_by"], interview["follow_up_on"]) == ("2026-12-08", "2026-12-11")

    # The recruiter was in the same interview: add them from their own profile.
    _, _, popup = capture(segue, MARCUS)
    popup.get_by_test_id("log-interview").click()
    popup.get_by_test_id("interview-opportunity").select_option(str(opportunity["id"]))
    expect(popup.get_by_test_id("interview-company")).to_be_hidden()
    popup.get_by_test_id("interview-date").fill("2026-12-01")
    popup.get_by_test_id("interview-save").click()
    expect(popup.get_by_test_id("interview-saved")).to_contain_text("to the interview at Northwind")
    marcus = segue.contact_by_url("https://www.linkedin.com/in/marcus-oneill-talent/")
    with segue.api() as api:
        full = api.get(f"{url}/api/opportunities/{opportunity['id']}").json()
        assert len(full["interviews"]) == 1
        assert set(full["interviews"][0]["interviewer_ids"]) == {priya["id"], marcus["id"]}
        api.delete(f"{url}/api/opportunities/{opportunity['id']}").raise_for_status()
