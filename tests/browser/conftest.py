"""The real extension in real Chromium, against fixture pages served as www.linkedin.com.

Chromium resolves www.linkedin.com to a local HTTPS server (--host-resolver-rules) with a
certificate made for the test run, so the content script's `matches` apply as in real use.
The extension is loaded unpacked; the server is the real one (`live_server`).
"""

import http.server
import itertools
import os
import re
import shutil
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from playwright import sync_api as playwright_api

from tests.browser.dashboard import Dashboard
from tests.browser.pages import EXTENSION, FIXTURES, PAGES_BY_SLUG, slug_of
from tests.conftest import server_with_own_database


def missing(reason: str):
    """Skip on a developer's machine without the tool; in CI a missing tool is a failure."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("SEGUE_CHROMIUM"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        "/usr/bin/chromium",
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


FEED_PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Feed | LinkedIn</title></head>
<body><main><h1>Your feed</h1><p>Posts from your network.</p></main></body></html>"""


def details_page(path: str) -> str | None:
    """The fixture for /in/<slug>/details/<page>/: "details-<page>-<slug>.html", if it exists."""
    match = re.match(r"^/in/([^/]+)/details/([a-z-]+)/?$", path)
    if not match:
        return None
    name = f"details-{match[2]}-{slug_of(f'https://x/in/{match[1]}/')}.html"
    return name if (FIXTURES / name).exists() else None


class FixtureSite(http.server.BaseHTTPRequestHandler):
    """Serves /in/<slug>/ (and its sub-pages) from the fixture files; anything else is a feed.

    A details page ("Show all N experiences") has a fixture of its own where one exists.
    """

    def do_GET(self):  # noqa: N802 - http.server's naming
        path = urlsplit(self.path).path
        body = FEED_PAGE
        if path.startswith("/in/"):
            name = details_page(path) or PAGES_BY_SLUG.get(slug_of(f"https://x{path}"))
            if name is None:
                self.send_error(404)
                return
            body = (FIXTURES / name).read_bytes()
        elif path == "/favicon.ico":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The HTTPS fixture server on a loopback port; yields the port."""
    if not shutil.which("openssl"):
        missing("openssl is needed to make the test certificate (apt-get install openssl)")
    tmp = tmp_path_factory.mktemp("tls")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=www.linkedin.com",
            "-addext",
            "subjectAltName=DNS:www.linkedin.com",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FixtureSite)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class Browser:
    """The Chromium profile with Segue loaded, and ways to drive it."""

    context: object
    extension_id: str
    server: object
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def base(self) -> str:
        return f"chrome-extension://{self.extension_id}"

    def chrome(self, script: str, arg=None):
        """Evaluate `script` (an async function of one argument) where chrome.* is available."""
        page = self.context.new_page()
        try:
            page.goto(f"{self.base}/manifest.json")
            return page.evaluate(script, arg)
        finally:
            page.close()

    def configure(self, server_url: str | None = None, token: str | None = None):
        settings = {
            "serverUrl": server_url or self.server.url,
            "token": self.server.token if token is None else token,
        }
        self.chrome(
            "async (s) => chrome.storage.local.clear().then(() => chrome.storage.local.set(s))",
            settings,
        )

    def open_profile(self, url: str):
        """Open url in a new tab; returns (page, tab id)."""
        page = self.context.new_page()
        marked = f"{url}{'&' if '?' in url else '?'}segue-test={next(self.counter)}"
        page.goto(marked)
        return page, self.tab_id(page)

    def tab_id(self, page) -> int:
        tab = self.chrome(
            "async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null",
            page.url,
        )
        assert tab, f"no tab for {page.url}"
        return tab

    def open_popup(self, tab_id: int):
        page = self.context.new_page()
        page.set_viewport_size({"width": 380, "height": 640})
        page.goto(f"{self.base}/popup/popup.html?tabId={tab_id}")
        return page

    def open_options(self):
        page = self.context.new_page()
        page.goto(f"{self.base}/options/options.html")
        return page

    def api(self) -> requests.Session:
        return self.server.session()

    def contact_by_url(self, linkedin_url: str) -> dict:
        with self.api() as api:
            response = api.get(f"{self.server.url}/api/contacts", params={"per_page": 100})
            response.raise_for_status()
            for contact in response.json():
                if contact["linkedin_url"] == linkedin_url:
                    full = api.get(f"{self.server.url}/api/contacts/{contact['id']}")
                    full.raise_for_status()
                    return full.json()
        raise AssertionError(f"no stored contact for {linkedin_url}")


@pytest.fixture(scope="session")
def playwright():
    """One Playwright for the session: a second one cannot start while the first runs."""
    with playwright_api.sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright, site, live_server, tmp_path_factory):
    executable = chromium_path()
    if executable is None:
        missing("Chromium is not installed (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=executable,
        headless=True,
        ignore_https_errors=True,
        args=[
            "--no-sandbox",
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            f"--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:{site}",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
        ],
    )
    try:
        worker = (
            context.service_workers[0]
            if context.service_workers
            else context.wait_for_event("serviceworker", timeout=15000)
        )
        yield Browser(context, urlsplit(worker.url).hostname, live_server)
    finally:
        context.close()


@pytest.fixture
def segue(browser):
    """The browser with Segue pointed at the live server, and no tabs left from other tests."""
    browser.configure()
    yield browser
    for page in browser.context.pages:
        if page.url != "about:blank":
            page.close()


@pytest.fixture(scope="session")
def chromium(playwright):
    """Plain Chromium without the extension, for the dashboard's pages."""
    executable = chromium_path()
    if executable is None:
        missing("Chromium is not installed (apt-get install chromium)")
    browser = playwright.chromium.launch(
        executable_path=executable,
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="module")
def dashboard_server(tmp_path_factory):
    """A real server on a database of its own, shared by one module's dashboard tests."""
    with server_with_own_database(tmp_path_factory.mktemp("dashboard")) as server:
        yield server


@pytest.fixture
def dashboard(chromium, dashboard_server):
    """A fresh browser context (no cookies) on the dashboard's server."""
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    try:
        yield Dashboard(dashboard_server, context)
    finally:
        context.close()
