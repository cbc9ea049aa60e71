"""The captured contact's talking points and notes, used with the keyboard where it matters."""

import re

from playwright.sync_api import expect

from tests.browser.pages import EXPECTED, profile_url

NAME = "sdui-marcus-oneill-talent.html"


def open_captured(segue, name=NAME):
    _, tab_id = segue.open_profile(profile_url(name))
    popup = segue.open_popup(tab_id)
    expect(popup.get_by_test_id("capture-status")).to_have_text(
        re.compile("^(Saved|Updated)$"), timeout=15000
    )
    return popup


def manual_points(segue, name=NAME):
    contact = segue.contact_by_url(EXPECTED[name]["url"])
    return [p for p in contact["talking_points"] if p["source"] == "manual"]


def test_contact_card_shows_name_title_and_company(segue):
    popup = open_captured(segue)
    expect(popup.get_by_test_id("contact-name")).to_have_text("Marcus O'Neill")
    expect(popup.get_by_test_id("contact-role")).to_have_text(
        "Talent Acquisition Partner at Fabrikam"
    )


def test_add_an_interview_point_and_an_article_then_remove_one(segue):
    for point in manual_points(segue):
        with segue.api() as api:
            api.delete(f"{segue.server.url}/api/talking-points/{point['id']}")
    popup = open_captured(segue)
    form = popup.get_by_test_id("add-talking-point")
    popup.get_by_text("Add a talking point").click()

    form.get_by_label("Kind").select_option("interview")
    form.get_by_role("textbox").fill("He is hiring a design systems lead next quarter")
    form.get_by_role("button", name="Add").click()
    points = popup.get_by_test_id("talking-point")
    expect(points.filter(has_text="design systems lead")).to_have_count(1)
    expect(points.filter(has_text="design systems lead")).to_contain_text("Interview")

    form.get_by_label("Kind").select_option("article")
    form.get_by_label("What is it about?").fill("A piece on structured interviews")
    form.get_by_label("Link").fill("https://example.org/structured-interviews")
    form.get_by_role("button", name="Add").click()
    article = points.filter(has_text="structured interviews")
    expect(article).to_have_count(1)
    expect(article.get_by_role("link")).to_have_attribute(
        "href", "https://example.org/structured-interviews"
    )

    stored = {(p["kind"], p["text"], p["url"] or "") for p in manual_points(segue)}
    assert stored == {
        ("interview", "He is hiring a design systems lead next quarter", ""),
        (
            "article",
            "A piece on structured interviews",
            "https://example.org/structured-interviews",
        ),
    }

    article.get_by_role("button", name=re.compile("^Remove")).click()
    expect(points.filter(has_text="structured interviews")).to_have_count(0)
    assert [p["kind"] for p in manual_points(segue)] == ["interview"]


def test_an_empty_talking_point_is_refused_in_the_form(segue):
    popup = open_captured(segue)
    popup.get_by_text("Add a talking point").click()
    popup.get_by_test_id("add-talking-point").get_by_role("button", name="Add").click()
    expect(popup.get_by_test_id("add-talking-point").get_by_role("alert")).to_have_text(
        "Write a few words first."
    )


def test_page_text_is_rendered_as_text_not_markup(segue):
    popup = open_captured(segue)
    popup.get_by_text("Add a talking point").click()
    form = popup.get_by_test_id("add-talking-point")
    form.get_by_label("Kind").select_option("custom")
    form.get_by_role("textbox").fill("<img src=x onerror=\"document.title='owned'\"> likes jazz")
    form.get_by_role("button", name="Add").click()
    expect(popup.get_by_test_id("talking-point").filter(has_text="<img src=x")).to_have_count(1)
    assert popup.title() == "Segue"
    assert popup.locator(".points img").count() == 0


def test_tone_switch_loads_that_tone(segue):
    popup = open_captured(segue)
    expect(popup.get_by_test_id("suggestion").first).to_be_visible()
    contact = segue.contact_by_url(EXPECTED[NAME]["url"])
    with segue.api() as api:
        brief = api.get(
            f"{segue.server.url}/api/contacts/{contact['id']}/suggestions",
            params={"kind": "connection_note", "tone": "brief", "count": 3},
        ).json()
    tone = popup.get_by_test_id("tone")
    tone.focus()
    tone.select_option("brief")
    texts = popup.get_by_test_id("suggestion-text")
    expect(texts).to_have_count(len(brief))
    expect(texts.first).to_have_value(brief[0]["text"])
    expect(popup.get_by_test_id("suggestion-length").first).to_have_text(
        f"{len(brief[0]['text'].encode('utf-16-le')) // 2} / {brief[0]['limit']}"
    )
    # The choice sticks for the next popup.
    again = open_captured(segue)
    expect(again.get_by_test_id("tone")).to_have_value("brief")
    again.get_by_test_id("tone").select_option("warm")


def test_everything_is_reachable_with_the_keyboard(segue):
    popup = open_captured(segue)
    expect(popup.get_by_test_id("suggestion").first).to_be_visible()
    reached = set()
    for _ in range(40):
        popup.keyboard.press("Tab")
        active = "document.activeElement"
        reached.add(popup.evaluate(f"{active}.dataset.testid || {active}.id || {active}.tagName"))
    assert {"tone", "suggestion-text", "copy", "insert", "open-options"} <= reached
    # Every control has a name a screen reader can say.
    for role in ("button", "textbox", "combobox", "link"):
        assert (
            popup.get_by_role(role).count()
            == popup.get_by_role(role, name=re.compile(r"\S")).count()
        )
    focused = popup.get_by_test_id("copy").first
    focused.focus()
    assert focused.evaluate("(el) => getComputedStyle(el).boxShadow") != "none"


def test_a_premium_account_counts_against_300(segue):
    with segue.api() as api:
        me = api.get(f"{segue.server.url}/api/me").json()
        me.pop("updated_at", None)
        api.put(
            f"{segue.server.url}/api/me", json={**me, "account_type": "premium"}
        ).raise_for_status()
        try:
            popup = open_captured(segue)
            expect(popup.get_by_test_id("suggestion-length").first).to_have_text(
                re.compile(r"^\d+ / 300$")
            )
        finally:
            api.put(
                f"{segue.server.url}/api/me", json={**me, "account_type": "free"}
            ).raise_for_status()


def test_a_removed_shared_point_stays_removed_when_captured_again(segue):
    with segue.api() as api:
        me = api.get(f"{segue.server.url}/api/me").json()
        me.pop("updated_at", None)
        shares_with_marcus = {
            **me,
            "location": "Atlanta, GA",
            "schools": [{"school": "Georgia Tech", "start": "2008", "end": "2012"}],
        }
        api.put(f"{segue.server.url}/api/me", json=shares_with_marcus).raise_for_status()
        try:
            popup = open_captured(segue)
            points = popup.get_by_test_id("talking-point")
            atlanta = points.filter(has_text="Atlanta area")
            expect(atlanta).to_have_count(1)
            atlanta.get_by_role("button", name=re.compile("^Remove")).click()
            expect(atlanta).to_have_count(0)
            popup.close()

            popup = open_captured(segue)
            points = popup.get_by_test_id("talking-point")
            expect(points.filter(has_text="Georgia")).to_have_count(1)
            expect(points.filter(has_text="Atlanta area")).to_have_count(0)
        finally:
            api.put(f"{segue.server.url}/api/me", json=me).raise_for_status()
