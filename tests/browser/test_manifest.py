"""Chromium loads the unpacked extension with no manifest errors or warnings."""

from playwright.sync_api import expect


def test_loads_without_warnings_in_developer_mode(segue):
    page = segue.context.new_page()
    page.goto("chrome://extensions")
    page.evaluate("chrome.developerPrivate.updateProfileConfiguration({inDeveloperMode: true})")
    # Warnings are collected on (re)load in developer mode, as "Load unpacked" does.
    page.evaluate(
        "(id) => chrome.developerPrivate.reload(id, {failQuietly: true})", segue.extension_id
    )
    page.wait_for_timeout(500)
    info = page.evaluate("(id) => chrome.developerPrivate.getExtensionInfo(id)", segue.extension_id)
    assert info["name"] == "Segue"
    assert info["state"] == "ENABLED"
    assert info["installWarnings"] == []
    assert info["manifestErrors"] == []
    assert info["runtimeErrors"] == []
    page.close()


def test_popup_and_options_log_no_errors(segue):
    errors = []
    for path in ("options/options.html", "popup/popup.html"):
        page = segue.context.new_page()
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{segue.base}/{path}")
        expect(page.locator("body")).to_be_visible()
        page.wait_for_timeout(500)
        page.close()
    assert errors == []
