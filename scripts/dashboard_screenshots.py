"""Take the README's screenshots of the dashboard: Today, the pipeline and a contact.

A real server on a fresh database with a small example plan, driven in Chromium.
Run: .venv/bin/python scripts/dashboard_screenshots.py
"""

import datetime
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import chromium_path  # noqa: E402
from tests.browser.dashboard import Dashboard, seed_interview  # noqa: E402
from tests.live_server import start_server, stop_server  # noqa: E402

DOCS = ROOT / "docs"
MORE = (
    ("Fabrikam", "Product Analyst", "applied"),
    ("Tailspin Toys", "Data Scientist", "wishlist"),
    ("Litware", "Analytics Engineer", "offer"),
    ("Proseware", "BI Developer", "rejected"),
)


def main():
    today = datetime.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), f"sqlite:///{tmp}/segue.db")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"]
                )
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                dashboard = Dashboard(server, context)
                seeded = seed_interview(
                    dashboard, slug="priya-raman-3b7c21", company="Northwind Analytics",
                    on=today.isoformat(),
                )  # fmt: skip
                with dashboard.api() as api:
                    for company, role, status in MORE:
                        api.post(
                            f"{server.url}/api/opportunities",
                            json={"company": company, "role": role, "status": status},
                        ).raise_for_status()
                page = dashboard.sign_in()
                page.screenshot(path=DOCS / "dashboard-today.png")
                dashboard.open("/pipeline", page).screenshot(path=DOCS / "dashboard-pipeline.png")
                contact = f"/contacts/{seeded['contact']['id']}"
                dashboard.open(contact, page).screenshot(
                    path=DOCS / "dashboard-contact.png", full_page=True
                )
                browser.close()
        finally:
            stop_server(server)
    print(f"Wrote {', '.join(p.name for p in sorted(DOCS.glob('dashboard-*.png')))}")


if __name__ == "__main__":
    main()
