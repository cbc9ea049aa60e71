"""The follow-up plan's figures: the agenda and the calendar feed at a large job search's size.

Targets, each against `GET /api/health` in the same run, samples taken in turn:
- `GET /api/agenda` for 30,000 contacts, 2,000 opportunities, 6,000 interviews and their
  touches: median <= 3 x health's;
- `GET /api/calendar.ics` for the same data: median <= 5 x health's.
Each is measured twice: fresh, straight after a touch is recorded (the plan has to be worked
out again: this is the figure held to the goal), and as a calendar app or the toolbar badge
polls it with nothing changed since the last answer (kept answers; shown, not judged).

Two shapes of the same counts: a career of searches, one a year with the current one under
way (held to the goals), and a crammed two years where every recent application is live and
a thousand items fall due in two weeks (shown, to see how far from the goal the worst is).

`run_all` returns the figures for scripts/bench.py.
Run alone: .venv/bin/python scripts/bench_plan.py
"""

import datetime
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peewee import chunked  # noqa: E402

from server.core.plan import read_timeframe  # noqa: E402
from server.store.db import db, open_database  # noqa: E402
from server.store.migrate import migrate  # noqa: E402
from server.store.models import (  # noqa: E402
    Contact,
    Interview,
    InterviewInterviewer,
    Opportunity,
    Touch,
)
from tests.live_server import start_server, stop_server  # noqa: E402

CONTACTS, OPPORTUNITIES, INTERVIEWS_EACH = 30_000, 2_000, 3
SAMPLES = 40
COLD_SAMPLES = 10
BATCH = 500
TIMEFRAMES = ("about a week", "a week or two", "two weeks", "by Friday", "end of the month", "")
STAGES = ("phone screen", "onsite", "final round")
# A career of searches: one a year for six years, each a few hundred applications over twelve
# weeks and ended (one offer accepted, a few applications never closed), and the search under
# way: 32 opportunities in the last ten weeks. This is the shape held to the goal.
PAST_SEARCHES, CURRENT_SEARCH = 6, 32
SEARCH_WEEKS = 12
# The crammed shape, shown and not judged: two years with 15% of old applications never
# closed and every recent one live, 1,000 items in the next two weeks.
CRAMMED_HISTORY_DAYS = 730


def seed(url: str, today: datetime.date, shape: str = "career") -> dict:
    """Fill an empty database at `url`; returns how many rows of each kind it wrote."""
    open_database(url)
    with db.connection_context():
        migrate()
        with db.atomic():
            contacts = [
                {"full_name": f"Person {n}", "first_name": "Person", "last_name": str(n),
                 "current_company": f"Company {n % 900}", "search_text": f"person {n}"}
                for n in range(1, CONTACTS + 1)
            ]  # fmt: skip
            insert(Contact, contacts)
            counts = seed_plan(today, shape)
    db.close()
    return {"contacts": CONTACTS, **counts}


def seed_plan(today: datetime.date, shape: str = "career") -> dict:
    """Opportunities, interviews and touches of `shape` for the contacts 1..CONTACTS already
    saved, in the open database; returns how many of each it wrote."""
    rng = random.Random(7313)
    rows = _Rows(rng, today)
    searches = career(rng, today) if shape == "career" else crammed(rng, today)
    for number, (created, status, changed) in enumerate(searches, start=1):
        rows.opportunity(number, created, status, changed)
    insert(Opportunity, rows.opportunities)
    insert(Interview, rows.interviews)
    insert(InterviewInterviewer, rows.links)
    insert(Touch, rows.touches)
    return {"opportunities": len(rows.opportunities), "interviews": len(rows.interviews),
            "interviewers": len(rows.links), "touches": len(rows.touches)}  # fmt: skip


def career(rng, today):
    """(created, status, status changed) of each opportunity, oldest first."""
    past = OPPORTUNITIES - CURRENT_SEARCH
    for search in range(PAST_SEARCHES):
        started = today - datetime.timedelta(days=365 * (PAST_SEARCHES - search) + 60)
        count = past // PAST_SEARCHES + (search < past % PAST_SEARCHES)
        for n in range(count):
            created = started + datetime.timedelta(days=SEARCH_WEEKS * 7 * n // count)
            ended = created + datetime.timedelta(days=rng.randint(20, 45))
            if n == count - 1:
                yield created, "accepted", ended
            else:
                roll = rng.random()
                status = "applied" if roll < 0.04 else "withdrawn" if roll < 0.3 else "rejected"
                yield created, status, ended
    for n in range(CURRENT_SEARCH):
        age = 70 - 70 * n // CURRENT_SEARCH
        created = today - datetime.timedelta(days=age)
        roll = rng.random()
        if n == 8:
            status = "offer"
        elif age > 35 and roll < 0.45:
            status = "rejected" if roll < 0.35 else "withdrawn"
        elif n == CURRENT_SEARCH - 2:
            status = "wishlist"
        else:
            status = "interviewing" if age > 7 else "applied"
        yield created, status, created + datetime.timedelta(days=min(age, 30))


def crammed(rng, today):
    for number in range(1, OPPORTUNITIES + 1):
        age = int(CRAMMED_HISTORY_DAYS * (1 - number / OPPORTUNITIES))
        created = today - datetime.timedelta(days=age)
        ended = age > 60 and rng.random() < 0.85
        status = rng.choice(("rejected", "withdrawn")) if ended else "interviewing"
        yield created, status, created + datetime.timedelta(days=30)


class _Rows:
    """Each opportunity's three interviews, interviewers, and what a careful user sent them."""

    def __init__(self, rng, today):
        self.rng, self.today = rng, today
        self.opportunities, self.interviews, self.links, self.touches = [], [], [], []

    def opportunity(self, number, created_on, status, changed_on):
        rng, today = self.rng, self.today
        created = datetime.datetime.combine(created_on, datetime.time(9))
        self.opportunities.append(
            {"id": number, "company": f"Company {number % 900}", "role": "Engineer",
             "status": status, "created_at": created, "updated_at": created,
             "status_changed_at": datetime.datetime.combine(changed_on, datetime.time(17))}
        )  # fmt: skip
        for step in range(INTERVIEWS_EACH):
            on = created_on + datetime.timedelta(days=7 + 10 * step)
            interview_id = len(self.interviews) + 1
            timeframe = rng.choice(TIMEFRAMES)
            self.interviews.append(
                # As the store saves it: the decision day read from the words.
                {"id": interview_id, "opportunity": number, "on": on, "stage": STAGES[step],
                 "timeframe": timeframe, "decide_by": read_timeframe(timeframe, on),
                 "created_at": created, "updated_at": created}
            )  # fmt: skip
            people = rng.sample(range(1, CONTACTS + 1), rng.choice((1, 2)))
            for ordinal, person in enumerate(people):
                self.links.append({"interview": interview_id, "contact": person,
                                   "ordinal": ordinal})  # fmt: skip
                steps = [("thank_you", 0), ("connection_request", 0), ("follow_up", 11),
                         ("check_in", 25)]  # fmt: skip
                if status in ("rejected", "withdrawn"):
                    steps.append(("stay_in_touch", (changed_on - on).days + 92))
                for kind, after in steps:
                    sent = on + datetime.timedelta(days=after)
                    if sent < today and rng.random() < 0.8:
                        self.touches.append(
                            {"contact": person, "interview": interview_id,
                             "opportunity": number, "kind": kind, "channel": "email",
                             "sent_on": sent}
                        )  # fmt: skip


def insert(model, rows: list[dict]) -> None:
    for batch in chunked(rows, BATCH):
        model.insert_many(batch).execute()


def timed(session, url) -> float:
    start = time.perf_counter()
    with session.get(url) as response:
        assert response.status_code == 200, response.text[:200]
        size = len(response.content)
    timed.sizes[url] = size
    return (time.perf_counter() - start) * 1000


timed.sizes = {}


def run_all() -> dict:
    """Both shapes of a long search: the career of searches judged, the crammed one shown."""
    figures = {}
    for shape, judged in (("career", True), ("crammed", False)):
        for key, value in run_shape(shape, judged).items():
            figures[f"{shape}: {key}"] = value
    return figures


def run_shape(shape: str, judged: bool) -> dict:
    """Seed a large search, start a real server on it, and time the agenda and the feed."""
    today = datetime.date.today()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/segue.db"
        start = time.perf_counter()
        counts = seed(url, today, shape)
        figures["seeded"] = ", ".join(f"{n} {what}" for what, n in counts.items()) + (
            f" in {time.perf_counter() - start:.1f} s"
        )
        server = start_server(Path(tmp), url)
        try:
            with server.session() as session:
                paths = {
                    "health": f"{server.url}/api/health",
                    "agenda": f"{server.url}/api/agenda",
                    "calendar": f"{server.url}/api/calendar.ics",
                }
                for path in paths.values():
                    timed(session, path)  # warm up
                samples = {name: [] for name in (*paths, *COLD)}
                for _ in range(SAMPLES):
                    for name, path in paths.items():
                        samples[name].append(timed(session, path))
                for _ in range(COLD_SAMPLES):
                    for name, (path, write) in COLD.items():
                        write(session, server.url)
                        samples[name].append(timed(session, paths[path]))
                        samples["health"].append(timed(session, paths["health"]))
                agenda = session.get(paths["agenda"]).json()["items"]
        finally:
            stop_server(server)
    health = statistics.median(samples["health"])
    figures["GET /api/health median"] = f"{health:.2f} ms"
    sizes = {
        "agenda": f"{len(agenda)} items, {timed.sizes[paths['agenda']] // 1024} KB",
        "calendar": f"{timed.sizes[paths['calendar']] // 1024} KB",
    }
    for name, target in (("agenda", 3), ("calendar", 5)):
        warm, cold = (statistics.median(samples[key]) for key in (name, f"{name} cold"))
        figures[f"{name} unchanged, median"] = f"{warm:.2f} ms, {sizes[name]}"
        figures[f"{name} after marking sent, median"] = f"{cold:.2f} ms"
        ratio = cold / health
        figures[f"{name} after marking sent / health"] = (
            verdict(ratio, target) if judged else f"{ratio:6.2f} x  (shown, not judged)"
        )
        figures[f"{name} unchanged / health (kept)"] = f"{warm / health:6.2f} x"
    other = statistics.median(samples["agenda after another write"])
    figures["agenda after another write, median"] = (
        f"{other:.2f} ms, {other / health:6.2f} x  (read again; shown, not judged)"
    )
    return figures


def mark_sent(session, url) -> None:
    """The first item due with a contact marked sent, as the popup and Today send it."""
    with session.get(f"{url}/api/agenda") as response:
        item = next(i for i in response.json()["items"] if i["contact"])
    body = {"contact_id": item["contact"]["id"], "kind": item["kind"],
            "channel": item["channel"] or "email", "interview_id": item["interview_id"],
            "opportunity_id": item["opportunity"]["id"]}  # fmt: skip
    with session.post(f"{url}/api/touches", json=body) as response:
        assert response.status_code == 201, response.text


def record_touch(session, url) -> None:
    """A check-in logged for no interview: the plan is read again to see what it changes."""
    body = {"contact_id": 1, "kind": "check_in", "channel": "email"}
    with session.post(f"{url}/api/touches", json=body) as response:
        assert response.status_code == 201, response.text


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:6.2f} x  target <= {target:.2f}: {'met' if ratio <= target else 'MISSED'}"


# The fresh figures: each request straight after a write.
COLD = {
    "agenda cold": ("agenda", mark_sent),
    "calendar cold": ("calendar", mark_sent),
    "agenda after another write": ("agenda", record_touch),
}


if __name__ == "__main__":
    for key, value in run_all().items():
        print(f"  {key:<34} {value}")
