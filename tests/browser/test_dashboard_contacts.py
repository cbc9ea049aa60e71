"""Contacts, about me and import in real Chromium: search, paging, the contact page, preview."""

import zipfile
from pathlib import Path

import pytest

from tests.browser.dashboard import seed_interview

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def many_contacts(dashboard_server):
    """Sixty contacts, one of them José Álvarez at Initrode."""
    with dashboard_server.session() as api:
        for i in range(60):
            name = "José Álvarez" if i == 7 else f"Person {i:02d} Sample"
            response = api.post(
                f"{dashboard_server.url}/api/contacts",
                json={"full_name": name, "current_company": "Initrode" if i == 7 else "Vandelay"},
            )
            assert response.status_code == 201, response.text


def test_search_ignores_case_and_accents_like_the_api(dashboard, many_contacts):
    page = dashboard.open("/contacts", dashboard.sign_in())
    page.get_by_test_id("contact-search").fill("jose INITRODE")
    page.get_by_test_id("contact-search").press("Enter")
    rows = page.get_by_test_id("contact-row")
    assert rows.count() == 1
    assert "José Álvarez" in rows.inner_text()


def test_the_list_pages_and_sorts(dashboard, many_contacts):
    page = dashboard.open("/contacts?sort=name", dashboard.sign_in())
    rows = page.get_by_test_id("contact-row")
    assert rows.count() == 50
    names = rows.locator("th").all_inner_texts()
    assert names == sorted(names)
    page.get_by_role("link", name="Next →").click()
    assert page.get_by_test_id("contact-row").count() >= 10
    assert "page=2" in page.url


def test_the_contact_page_edits_the_card_and_talking_points(dashboard):
    seeded = seed_interview(dashboard, slug="priya-contact", company="Contact Co", on="2026-11-02")
    contact = seeded["contact"]
    page = dashboard.open(f"/contacts/{contact['id']}", dashboard.sign_in())
    assert page.get_by_test_id("linkedin-link").get_attribute("href") == contact["linkedin_url"]
    for kind in ("connection_note", "thank_you", "follow_up"):
        assert page.get_by_test_id(f"draft-{kind}").get_by_test_id("draft-text").input_value()
    assert page.get_by_test_id("draft-thank_you").get_by_test_id("mailto").count() == 1
    assert "Interview on 2026-11-02" in page.get_by_test_id("history").inner_text()

    page.get_by_test_id("card-current_title").fill("Director of Data")
    page.get_by_role("button", name="Save the card").click()
    assert page.get_by_test_id("card-current_title").input_value() == "Director of Data"
    assert page.get_by_test_id("profile-value").all_inner_texts() == [
        "LinkedIn says: Engineering Manager"
    ]
    page.get_by_test_id("card-current_title").fill("")
    page.get_by_role("button", name="Save the card").click()
    assert page.get_by_test_id("card-current_title").input_value() == "Engineering Manager"
    assert page.get_by_test_id("profile-value").count() == 0
    page.get_by_test_id("card-current_title").fill("Director of Data")
    page.get_by_role("button", name="Save the card").click()

    form = page.get_by_test_id("add-talking-point")
    form.get_by_label("What to mention").fill("Her talk on streaming joins")
    form.get_by_role("button", name="Add the talking point").click()
    point = page.get_by_test_id("talking-point").filter(
        has=page.locator('input[value="Her talk on streaming joins"]')
    )
    assert point.count() == 1
    point.get_by_role("button", name="Remove: Her talk on streaming joins").click()
    assert page.locator('input[value="Her talk on streaming joins"]').count() == 0
    with dashboard.api() as api:
        stored = api.get(f"{dashboard.server.url}/api/contacts/{contact['id']}").json()
    assert stored["current_title"] == "Director of Data"
    assert "Her talk on streaming joins" not in [p["text"] for p in stored["talking_points"]]


def test_about_me_saves_the_extensions_fields(dashboard):
    page = dashboard.open("/me", dashboard.sign_in())
    page.get_by_test_id("me-full-name").fill("Sam Viewer")
    page.get_by_test_id("me-account-type").select_option("premium")
    page.locator("#schools-0-school").fill("University of Michigan")
    page.locator("#schools-0-start").fill("2009")
    page.get_by_test_id("me-interests").fill("sailing, jazz piano")
    page.get_by_test_id("me-save").click()
    assert page.get_by_test_id("me-status").is_visible()
    with dashboard.api() as api:
        me = api.get(f"{dashboard.server.url}/api/me").json()
    assert me["full_name"] == "Sam Viewer" and me["account_type"] == "premium"
    assert me["schools"][0]["school"] == "University of Michigan"
    assert me["schools"][0]["start"] == "2009"
    assert me["interests"] == ["sailing", "jazz piano"]


def test_import_shows_a_dry_run_preview_before_writing(dashboard):
    def count():
        with dashboard.api() as api:
            response = api.get(f"{dashboard.server.url}/api/contacts", params={"q": "Northwind"})
            return len(response.json())

    before = count()
    page = dashboard.open("/import", dashboard.sign_in())
    page.get_by_test_id("import-file").set_input_files(FIXTURES / "linkedin-export/Connections.csv")
    page.get_by_test_id("import-preview-button").click()
    preview = page.get_by_test_id("import-preview")
    preview.wait_for()
    assert preview.get_by_test_id("import-format").inner_text() == "linkedin"
    created = int(preview.get_by_test_id("import-created").inner_text())
    assert created > 0
    assert count() == before  # a preview writes nothing
    preview.get_by_test_id("import-confirm").click()
    done = page.get_by_test_id("import-done")
    done.wait_for()
    assert int(done.get_by_test_id("import-created").inner_text()) == created
    assert count() > before


def test_each_export_format_downloads(dashboard, many_contacts):
    page = dashboard.open("/import", dashboard.sign_in())
    for testid, suffix in (
        ("export-segue", ".csv"), ("export-google", ".csv"),
        ("export-outlook", ".csv"), ("export-vcard", ".vcf"),
    ):  # fmt: skip
        with page.expect_download() as download:
            page.get_by_test_id(testid).click()
        assert download.value.suggested_filename.endswith(suffix)
        assert "Álvarez" in Path(download.value.path()).read_text(encoding="utf-8-sig")
    with page.expect_download() as download:
        page.get_by_test_id("export-backup").click()
    with zipfile.ZipFile(download.value.path()) as backup:
        assert "Álvarez" in backup.read("contacts.csv").decode("utf-8-sig")


def test_a_talking_point_is_edited_in_place_and_the_tone_switch_redrafts(dashboard):
    seeded = seed_interview(dashboard, slug="priya-tone", company="Tone Co", on="2026-11-03")
    page = dashboard.open(f"/contacts/{seeded['contact']['id']}", dashboard.sign_in())
    first = page.get_by_test_id("talking-point").first
    first.get_by_role("textbox").fill("We both sailed at Michigan")
    first.get_by_role("button", name="Save").click()
    assert page.locator('input[value="We both sailed at Michigan"]').count() == 1
    note = page.get_by_test_id("draft-connection_note").get_by_test_id("draft-text")
    warm = note.input_value()
    page.get_by_test_id("tone").filter(has_text="Brief").click()
    assert "tone=brief" in page.url
    assert note.input_value() != warm


def test_a_segue_backup_previews_its_plan_too(dashboard, tmp_path):
    seed_interview(dashboard, slug="priya-backup", company="Backup Co", on="2026-11-05")
    page = dashboard.open("/import", dashboard.sign_in())
    with page.expect_download() as download:
        page.get_by_test_id("export-backup").click()
    backup = tmp_path / "segue-backup.zip"
    download.value.save_as(backup)
    page.get_by_test_id("import-file").set_input_files(backup)
    page.get_by_test_id("import-preview-button").click()
    preview = page.get_by_test_id("import-preview")
    preview.wait_for()
    assert "Opportunities" in preview.get_by_test_id("import-plan").inner_text()
