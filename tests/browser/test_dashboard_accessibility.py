"""axe-core on every dashboard page, light and dark: no serious or critical violation."""

import datetime

import pytest

from tests.browser.dashboard import seed_interview, serious_violations


@pytest.fixture(scope="module")
def seeded(dashboard_server, chromium):
    from tests.browser.dashboard import Dashboard

    context = chromium.new_context()
    try:
        today = datetime.date.today().isoformat()
        return seed_interview(
            Dashboard(dashboard_server, context), slug="priya-axe", company="Axe Co", on=today
        )
    finally:
        context.close()


PAGES = (
    "/", "/pipeline", "/pipeline?column=rejected", "/opportunity", "/contacts", "/contact", "/me",
    "/import",
)  # fmt: skip


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_no_serious_accessibility_violation(dashboard, seeded, path, scheme):
    page = dashboard.sign_in()
    page.emulate_media(color_scheme=scheme)
    path = {
        "/contact": f"/contacts/{seeded['contact']['id']}",
        "/opportunity": f"/opportunities/{seeded['opportunity_id']}",
    }.get(path, path)
    page = dashboard.open(path, page)
    # Folded parts open too, so what they hold is checked as well.
    page.evaluate("document.querySelectorAll('details').forEach((d) => (d.open = true))")
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sign_in_page_has_no_serious_accessibility_violation(dashboard, scheme):
    page = dashboard.context.new_page()
    page.emulate_media(color_scheme=scheme)
    page = dashboard.open("/", page)
    assert serious_violations(page) == []


def test_pages_fit_a_phone_without_sideways_scrolling(dashboard, seeded):
    page = dashboard.sign_in()
    page.set_viewport_size({"width": 360, "height": 740})
    for path in (
        "/", "/pipeline", "/pipeline?column=rejected", "/contacts", "/me",
        f"/contacts/{seeded['contact']['id']}", f"/opportunities/{seeded['opportunity_id']}",
    ):  # fmt: skip
        page = dashboard.open(path, page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path


def test_the_check_finds_a_serious_violation_when_there_is_one(dashboard):
    page = dashboard.sign_in()
    page.evaluate(
        """() => {
            const input = document.createElement("input");  // a field with no label
            document.querySelector("main").append(input);
        }"""
    )
    assert any(line.startswith("label (critical)") for line in serious_violations(page))
