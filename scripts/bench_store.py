"""Store figures at LinkedIn's cap of 30,000 connections, against floors measured in the same run.

Targets (each figure says whether it was met):
- importing a 30,000-row Connections.csv takes <= 2 x a raw sqlite3 `executemany` of the same
  rows into the same schema, in one transaction;
- while it is imported over HTTP, p99 capture latency <= 100 ms, and no capture fails;
- PUT /api/me with 25,000 contacts, and p99 capture latency around it <= 100 ms;
- GET /api/contacts?q=<a name> at 30,000 contacts: median <= 2 x GET /api/health;
- a deep page of the contact list (by its next_after cursor) costs about what page 1 does.

Each function returns a dict of figures; `run_all` merges them for scripts/bench.py.
Run alone: .venv/bin/python scripts/bench_store.py
"""

import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_exchange import linkedin_connections  # noqa: E402

from server.core.exchange import read_contacts  # noqa: E402
from server.store.db import db, open_database  # noqa: E402
from server.store.exchange import import_contacts  # noqa: E402
from server.store.me import put_me  # noqa: E402
from server.store.migrate import migrate  # noqa: E402
from tests.live_server import start_server, stop_server  # noqa: E402
from tests.server.profiles import ME, profile  # noqa: E402

CONNECTIONS = 30_000
ME_CONTACTS = 25_000
TABLES = ("contact", "position", "education", "talking_point")
OTHER_ME = {**ME, "schools": [{"school": "Stanford University"}], "interests": ["golf"]}


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def ms(samples, fraction=None):
    value = statistics.median(samples) if fraction is None else percentile(samples, fraction)
    return round(value, 2)


def bench_import_vs_executemany(count: int = CONNECTIONS) -> dict:
    """Our import of `count` connections against sqlite3 executemany of the rows it wrote."""
    data = linkedin_connections(count)
    with tempfile.TemporaryDirectory() as tmp:
        ours, raw = Path(tmp) / "segue.db", Path(tmp) / "raw.db"
        for path in (raw, ours):
            open_database(f"sqlite:///{path}")
            with db.connection_context():
                migrate()
            db.close()
        with db.connection_context():
            put_me(ME)
            start = time.perf_counter()
            parsed = read_contacts(data)
            parse_s = time.perf_counter() - start
            start = time.perf_counter()
            report = import_contacts(parsed)
            import_s = time.perf_counter() - start
        db.close()
        assert report["created"] == count, report
        source = sqlite3.connect(ours)
        rows = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
        source.close()
        target = sqlite3.connect(raw, isolation_level=None)
        for pragma in ("journal_mode=wal", "foreign_keys=1", "synchronous=full"):
            target.execute(f"PRAGMA {pragma}")
        start = time.perf_counter()
        target.execute("BEGIN IMMEDIATE")
        for table, values in rows.items():
            if values:
                marks = ",".join("?" * len(values[0]))
                target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        target.execute("COMMIT")
        raw_s = time.perf_counter() - start
        target.close()
    ratio = import_s / raw_s
    return {
        "import_rows": count,
        "import_store_s": round(import_s, 2),
        "import_parse_s": round(parse_s, 2),
        "import_raw_executemany_s": round(raw_s, 2),
        "import_ratio": round(ratio, 2),
        "import_ratio_target_met (<= 2)": ratio <= 2,
    }


class Capturer:
    """Captures one profile again and again in a thread, timing each, until told to stop."""

    def __init__(self, server):
        self.server, self.samples, self.failures = server, [], []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run)

    def _run(self):
        with self.server.session() as session:
            n = 0
            while not self.stop.is_set():
                body = profile(slug="bench-capture", headline=f"Headline {n}")
                start = time.perf_counter()
                with session.post(f"{self.server.url}/api/contacts/capture", json=body) as r:
                    elapsed = (time.perf_counter() - start) * 1000
                    if r.status_code not in (200, 201):
                        self.failures.append(r.status_code)
                self.samples.append(elapsed)
                n += 1
                time.sleep(0.005)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def timed_requests(session, url, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        with session.get(url) as response:
            assert response.ok, response.text
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def import_over_http(server, count: int) -> float:
    with server.session() as session:
        start = time.perf_counter()
        response = session.post(
            f"{server.url}/api/import",
            files={"file": ("Connections.csv", linkedin_connections(count), "text/csv")},
            timeout=600,
        )
        assert response.ok and response.json()["created"] == count, response.text[:300]
        return time.perf_counter() - start


def interleaved(session, urls: dict, repeat: int) -> dict:
    """Each URL's samples, taken in turn so all see the same machine."""
    samples = {name: [] for name in urls}
    for _ in range(repeat):
        for name, url in urls.items():
            samples[name] += timed_requests(session, url, 1)
    return samples


def bench_live(count: int = CONNECTIONS) -> dict:
    """Captures during an import, then search and paging, on one real server at `count`."""
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), f"sqlite:///{tmp}/segue.db")
        try:
            with server.session() as session:
                assert session.put(f"{server.url}/api/me", json=ME).ok
                timed_requests(session, f"{server.url}/api/health", 50)
                with Capturer(server) as alone:
                    time.sleep(3)
                with Capturer(server) as capturer:
                    import_s = import_over_http(server, count)
                figures.update(
                    capture_p50_alone_ms=ms(alone.samples),
                    capture_p99_alone_ms=ms(alone.samples, 0.99),
                )
                figures.update(
                    import_http_s=round(import_s, 2),
                    captures_during_import=len(capturer.samples),
                    capture_failures_during_import=len(capturer.failures),
                    capture_p50_during_import_ms=ms(capturer.samples),
                    capture_p99_during_import_ms=ms(capturer.samples, 0.99),
                    capture_max_during_import_ms=round(max(capturer.samples), 1),
                )
                figures["capture_p99_target_met (<= 100 ms)"] = (
                    percentile(capturer.samples, 0.99) <= 100 and not capturer.failures
                )
                base = f"{server.url}/api/contacts"
                deep = session.get(f"{base}?page={count // 25 - 2}&per_page=25")
                after = json.loads(deep.headers["X-Pagination"])["next_after"]
                urls = {
                    "health": f"{server.url}/api/health",
                    "q_name": f"{base}?q=Número 12345",
                    "q_surname": f"{base}?q=numero 2917",
                    "q_company": f"{base}?company=Company 17, Inc.",
                    "q_broad": f"{base}?q=engineering",
                    "page_1": f"{base}?per_page=25",
                    "page_deep_after": f"{base}?per_page=25&after={after}",
                    "page_deep_offset": f"{base}?per_page=25&page={count // 25 - 1}",
                }
                interleaved(session, urls, 5)  # warm up
                samples = interleaved(session, urls, 60)
        finally:
            stop_server(server)
    health = statistics.median(samples["health"])
    for name, values in samples.items():
        figures[f"{name}_median_ms"] = ms(values)
    ratio = statistics.median(samples["q_name"]) / health
    figures["search_q_name / health"] = round(ratio, 2)
    figures["search_target_met (<= 2)"] = ratio <= 2
    figures["search_q_company / health"] = round(
        statistics.median(samples["q_company"]) / health, 2
    )
    figures["search_q_broad / health (no target)"] = round(
        statistics.median(samples["q_broad"]) / health, 2
    )
    deep_ratio = statistics.median(samples["page_deep_after"]) / statistics.median(
        samples["page_1"]
    )
    figures["deep page (after) / page 1"] = round(deep_ratio, 2)
    figures["paging_target_met (<= 1.5)"] = deep_ratio <= 1.5
    return figures


def bench_put_me(count: int = ME_CONTACTS) -> dict:
    """PUT /api/me with `count` contacts, and capture latency around it."""
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), f"sqlite:///{tmp}/segue.db")
        try:
            with server.session() as session:
                assert session.put(f"{server.url}/api/me", json=ME).ok
                import_over_http(server, count)
                timed_requests(session, f"{server.url}/api/health", 50)
                with Capturer(server) as capturer:
                    time.sleep(0.5)
                    before = len(capturer.samples)
                    start = time.perf_counter()
                    assert session.put(f"{server.url}/api/me", json=OTHER_ME).ok
                    put_ms = (time.perf_counter() - start) * 1000
                    # Reads re-derive lazily: the first reads of contacts after the change.
                    first_reads = timed_requests(session, f"{server.url}/api/contacts/1", 1)
                    first_reads += [
                        timed_requests(session, f"{server.url}/api/contacts/{n}", 1)[0]
                        for n in range(2, 200)
                    ]
                    time.sleep(0.5)
                around = capturer.samples[before:]
                start = time.perf_counter()
                with session.get(f"{server.url}/api/export/contacts.csv") as export:
                    assert export.ok
                export_s = time.perf_counter() - start
        finally:
            stop_server(server)
    return {
        "put_me_contacts": count,
        "put_me_ms": round(put_ms, 1),
        "capture_p99_around_put_me_ms": ms(around, 0.99),
        "capture_max_around_put_me_ms": round(max(around), 1),
        "first_read_after_put_me_median_ms": ms(first_reads),
        "export_rederiving_all_after_put_me_s": round(export_s, 2),
        "put_me_target_met (p99 capture <= 100 ms)": percentile(around, 0.99) <= 100,
    }


def run_all() -> dict:
    return {**bench_import_vs_executemany(), **bench_live(), **bench_put_me()}


if __name__ == "__main__":
    for key, value in run_all().items():
        print(f"{key:<46} {value}")
