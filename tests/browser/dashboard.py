"""Driving the dashboard in real Chromium: a server of its own, signed in or not."""

from dataclasses import dataclass

from axe_playwright_python.sync_playwright import Axe

from tests.live_server import LiveServer

# Impacts that fail a page; "minor" and "moderate" findings are printed, not failed.
BLOCKING_IMPACTS = {"serious", "critical"}


@dataclass
class Dashboard:
    """The server and a browser context that may or may not be signed in."""

    server: LiveServer
    context: object

    def sign_in_url(self) -> str:
        return f"{self.server.url}/login?token={self.server.token}"

    def sign_in(self):
        page = self.context.new_page()
        page.goto(self.sign_in_url())
        return page

    def open(self, path: str, page=None):
        page = page or self.context.new_page()
        page.goto(f"{self.server.url}{path}")
        return page

    def api(self):
        return self.server.session()

    def add_contact(self, **fields) -> dict:
        with self.api() as api:
            response = api.post(f"{self.server.url}/api/contacts", json=fields)
            assert response.status_code == 201, response.text
            return response.json()

    def capture(self, profile: dict) -> dict:
        with self.api() as api:
            response = api.post(f"{self.server.url}/api/contacts/capture", json=profile)
            assert response.status_code in (200, 201), response.text
            return response.json()


def serious_violations(page) -> list[str]:
    """The axe-core findings of serious or critical impact on the page as it is now."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def seed_interview(dashboard: Dashboard, *, slug: str, company: str, on: str) -> dict:
    """Priya (at `slug`) interviewed the user at `company` on day `on`: returns the ids."""
    from tests.server.profiles import ME, profile

    url = dashboard.server.url
    with dashboard.api() as api:
        assert api.put(f"{url}/api/me", json=ME).ok
        contact = dashboard.capture(profile(slug=slug))
        edited = api.patch(
            f"{url}/api/contacts/{contact['id']}", json={"email": "priya@example.com"}
        )
        assert edited.ok, edited.text
        contact = edited.json()
        opportunity = api.post(
            f"{url}/api/opportunities",
            json={"company": company, "role": "Data Analyst", "status": "interviewing"},
        )
        assert opportunity.status_code == 201, opportunity.text
        interview = api.post(
            f"{url}/api/opportunities/{opportunity.json()['id']}/interviews",
            json={
                "on": on,
                "stage": "onsite",
                "interviewer_ids": [contact["id"]],
                "timeframe": "about a week",
                "next_steps": "A take-home exercise, then a call with the director.",
            },
        )
        assert interview.status_code == 201, interview.text
    return {
        "contact": contact,
        "opportunity_id": opportunity.json()["id"],
        "interview_id": interview.json()["id"],
    }
