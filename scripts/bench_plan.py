"""The follow-up plan's figures: the agenda and the calendar feed at a large job search's size.

Targets, each against `GET /api/health` in the same run, samples taken in turn:
- `GET /api/agenda` for 30,000 contacts, 2,000 opportunities, 6,000 interviews and their
  touches: median <= 3 x health's;
- `GET /api/calendar.ics` for the same data: median <= 5 x health's.
Each is measured twice: fresh, straight after a touch is recorded (the plan has to be worked
out again: this is the figure held to the goal), and as a calendar app or the toolbar badge
polls it with nothing changed since the last answer (kept answers; shown, not judged).

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
# Two years of searching: most old applications have ended, the recent ones are live.
HISTORY_DAYS = 730
TIMEFRAMES = ("about a week", "a week or two", "two weeks", "by Friday", "end of the month", "")


def seed(url: str, today: datetime.date) -> dict:
    """Fill an empty database at `url`; returns how many rows of each kind it wrote."""
    rng = random.Random(7313)
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
            opportunities, interviews, links, touches = [], [], [], []
            for number in range(1, OPPORTUNITIES + 1):
                age = int(HISTORY_DAYS * (1 - number / OPPORTUNITIES))
                created = datetime.datetime.combine(
                    today - datetime.timedelta(days=age), datetime.time(9)
                )
                ended = age > 60 and rng.random() < 0.85
                status = rng.choice(("rejected", "withdrawn")) if ended else "interviewing"
                opportunities.append(
                    {"id": number, "company": f"Company {number % 900}", "role": "Engineer",
                     "status": status, "created_at": created, "updated_at": created,
                     "status_changed_at": created + datetime.timedelta(days=30)}
                )  # fmt: skip
                for step in range(INTERVIEWS_EACH):
                    on = created.date() + datetime.timedelta(days=7 + 10 * step)
                    interview_id = len(interviews) + 1
                    interviews.append(
                        {"id": interview_id, "opportunity": number, "on": on,
                         "stage": ("phone screen", "onsite", "final round")[step],
                         "timeframe": rng.choice(TIMEFRAMES), "created_at": created,
                         "updated_at": created}
                    )  # fmt: skip
                    people = rng.sample(range(1, CONTACTS + 1), rng.choice((1, 2)))
                    for ordinal, person in enumerate(people):
                        links.append({"interview": interview_id, "contact": person,
                                      "ordinal": ordinal})  # fmt: skip
                        if on >= today:
                            continue
                        for kind, after in (("thank_you", 0), ("connection_request", 0),
                                            ("follow_up", 11), ("check_in", 25)):  # fmt: skip
                            sent = on + datetime.timedelta(days=after)
                            if sent < today and rng.random() < 0.8:
                                touches.append(
                                    {"contact": person, "interview": interview_id,
                                     "opportunity": number, "kind": kind, "channel": "email",
                                     "sent_on": sent}
                                )  # fmt: skip
            insert(Opportunity, opportunities)
            insert(Interview, interviews)
            insert(InterviewInterviewer, links)
            insert(Touch, touches)
    db.close()
    return {"contacts": CONTACTS, "opportunities": len(opportunities),
            "interviews": len(interviews), "interviewers": len(links),
            "touches": len(touches)}  # fmt: skip


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
    """Seed a large search, start a real server on it, and time the agenda and the feed."""
    today = datetime.date.today()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/segue.db"
        start = time.perf_counter()
        counts = seed(url, today)
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
                samples = {name: [] for name in (*paths, "agenda cold", "calendar cold")}
                for _ in range(SAMPLES):
                    for name, path in paths.items():
                        samples[name].append(timed(session, path))
                for _ in range(COLD_SAMPLES):
                    for name in ("agenda", "calendar"):
                        record_touch(session, server.url)
                        samples[f"{name} cold"].append(timed(session, paths[name]))
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
        figures[f"{name} after a touch, median"] = f"{cold:.2f} ms"
        figures[f"{name} after a touch / health (goal)"] = verdict(cold / health, target)
        figures[f"{name} unchanged / health (kept)"] = f"{warm / health:6.2f} x"
    return figures


def record_touch(session, url) -> None:
    """A check-in sent: one write, and the agenda has to be worked out again."""
    body = {"contact_id": 1, "kind": "check_in", "channel": "email"}
    with session.post(f"{url}/api/touches", json=body) as response:
        assert response.status_code == 201, response.text


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:6.2f} x  target <= {target:.2f}: {'met' if ratio <= target else 'MISSED'}"


if __name__ == "__main__":
    for key, value in run_all().items():
        print(f"  {key:<34} {value}")
