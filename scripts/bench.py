"""Segue's speed and memory figures, printed from one run against a live server.

Targets (each line says whether it was met):
- capture upsert median over HTTP <= 1.5 x (health median + raw sqlite3 write median)
- suggestions for a rich contact: median <= 5 ms in-process
- the extension's profile parser on a 600 KB page, in Chromium: under 30 ms
- export / import figures from scripts/bench_exchange.py
- the store at 30,000 contacts from scripts/bench_store.py: import against a raw executemany,
  capture p99 during an import and a change of "me", search against health, deep pages
- the agenda (<= 3 x health) and the calendar feed (<= 5 x health), fresh right after a touch
  (answers kept while nothing changes are shown beside, not judged), at 30,000 contacts, 2,000
  opportunities and 6,000 interviews, from scripts/bench_plan.py
- the dashboard's pages on 30,000 contacts and 2,000 opportunities: each <= 5 x health
  (scripts/bench_dashboard.py)

Run: .venv/bin/python scripts/bench.py [--captures N]
"""

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.live_server import start_server, stop_server  # noqa: E402
from tests.server.profiles import profile  # noqa: E402

PROFILES = 100


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(call, repeat):
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        call(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_capture(captures):
    """Capture and health over HTTP on a real server, and the raw sqlite3 write, interleaved.

    fsync time on a shared machine drifts by several times within a minute; taking the
    samples in turn lets all three see the same disk.
    """
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), f"sqlite:///{tmp}/segue.db")
        raw = RawWriter(Path(tmp) / "raw.db")
        try:
            with server.session() as session:

                def capture(i):
                    body = profile(slug=f"bench-{i % PROFILES}", headline=f"Headline {i}")
                    with session.post(f"{server.url}/api/contacts/capture", json=body) as r:
                        assert r.status_code in (200, 201), r.text

                def health(i):
                    with session.get(f"{server.url}/api/health") as r:
                        assert r.ok

                timed(health, 50)  # warm up the connection and the server's threads
                samples = {"capture": [], "health": [], "raw": []}
                # A health request sits between the two writers, so neither syncs the disk
                # straight after the other.
                for i in range(captures):
                    samples["capture"] += timed(lambda _, i=i: capture(i), 1)
                    samples["health"] += timed(health, 1)
                    samples["raw"] += timed(lambda _, i=i: raw.write(i), 1)
                    samples["health"] += timed(health, 1)
        finally:
            raw.close()
            stop_server(server)
    return samples


RAW_SCHEMA = """
CREATE TABLE contact (id INTEGER PRIMARY KEY, linkedin_url TEXT UNIQUE, full_name TEXT,
  first_name TEXT, last_name TEXT, headline TEXT, location TEXT, about TEXT, photo_url TEXT,
  current_title TEXT, current_company TEXT, skills TEXT, interests TEXT, capture TEXT,
  captured_at TEXT, updated_at TEXT, search_text TEXT, company_text TEXT);
CREATE TABLE position (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contact(id)
  ON DELETE CASCADE, ordinal INTEGER, title TEXT, company TEXT, start TEXT, "end" TEXT,
  location TEXT);
CREATE TABLE education (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contact(id)
  ON DELETE CASCADE, ordinal INTEGER, school TEXT, degree TEXT, field TEXT, start TEXT,
  "end" TEXT);
CREATE TABLE talking_point (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contact(id)
  ON DELETE CASCADE, kind TEXT, text TEXT, source TEXT, evidence TEXT, strength REAL);
"""


class RawWriter:
    """The same rows written by hand with sqlite3: the floor a capture could reach."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "journal_mode=wal",
            "foreign_keys=1",
            "busy_timeout=10000",
            "synchronous=full",
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.executescript(RAW_SCHEMA)

    def close(self):
        self.conn.close()

    def write(self, i):
        conn = self.conn
        body = profile(slug=f"bench-{i % PROFILES}", headline=f"Headline {i}")
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute(
            "SELECT id FROM contact WHERE linkedin_url = ?", (body["linkedin_url"],)
        ).fetchone()
        values = (
            body["full_name"],
            "Priya",
            "Raman",
            body["headline"],
            body["location"],
            body["about"],
            body["photo_url"],
            "Engineering Manager",
            "Northwind Analytics",
            json.dumps(body["skills"]),
            json.dumps(body["interests"]),
            json.dumps(body["capture"]),
            "now",
            "now",
            f"{body['full_name']} {body['headline']} northwind analytics contoso".lower(),
            "|northwind analytics|northwind analytics|contoso|",
        )
        if row is None:
            contact_id = conn.execute(
                "INSERT INTO contact (full_name, first_name, last_name, headline, location,"
                " about, photo_url, current_title, current_company, skills, interests,"
                " capture, captured_at, updated_at, search_text, company_text, linkedin_url)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, body["linkedin_url"]),
            ).lastrowid
        else:
            contact_id = row[0]
            conn.execute(
                "UPDATE contact SET full_name=?, first_name=?, last_name=?, headline=?,"
                " location=?, about=?, photo_url=?, current_title=?, current_company=?,"
                " skills=?, interests=?, capture=?, captured_at=?, updated_at=?,"
                " search_text=?, company_text=? WHERE id=?",
                (*values, contact_id),
            )
        for table in ("position", "education"):
            conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        conn.executemany(
            'INSERT INTO position (contact_id, ordinal, title, company, start, "end",'
            " location) VALUES (?,?,?,?,?,?,?)",
            [
                (contact_id, n, p["title"], p["company"], p["start"], p["end"], p["location"])
                for n, p in enumerate(body["positions"])
            ],
        )
        conn.executemany(
            "INSERT INTO education (contact_id, ordinal, school, degree, field, start,"
            ' "end") VALUES (?,?,?,?,?,?,?)',
            [
                (contact_id, n, e["school"], e["degree"], e["field"], e["start"], e["end"])
                for n, e in enumerate(body["education"])
            ],
        )
        conn.execute(
            "DELETE FROM talking_point WHERE contact_id = ? AND source = 'derived'", (contact_id,)
        )
        conn.execute("COMMIT")


def report(name, samples):
    print(
        f"  {name:<34} median {statistics.median(samples):7.2f} ms"
        f"   p95 {percentile(samples, 0.95):7.2f} ms   (n={len(samples)})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=int, default=500)
    parser.add_argument(
        "--skip-dashboard",
        action="store_true",
        help="leave out the dashboard's figures (seeding 30,000 contacts takes a minute)",
    )
    parser.add_argument(
        "--skip-exchange",
        action="store_true",
        help="leave out the export/import figures (they take a minute)",
    )
    parser.add_argument(
        "--skip-store",
        action="store_true",
        help="leave out the figures at 30,000 contacts (they take a few minutes)",
    )
    parser.add_argument(
        "--skip-plan",
        action="store_true",
        help="leave out the agenda and calendar figures (they take a few minutes)",
    )
    args = parser.parse_args()

    print("Capture upsert over HTTP (real server, SQLite, synchronous=FULL)")
    samples = bench_capture(args.captures)
    capture_ms, health_ms, raw_ms = samples["capture"], samples["health"], samples["raw"]
    report("POST /api/contacts/capture", capture_ms)
    report("GET /api/health", health_ms)
    report("raw sqlite3 transaction", raw_ms)
    capture, health, raw = (statistics.median(s) for s in (capture_ms, health_ms, raw_ms))
    budget = 1.5 * (health + raw)
    print(f"  capture / health      {capture / health:6.2f} x")
    print(f"  capture / raw write   {capture / raw:6.2f} x")
    print(
        f"  capture / (health + raw) {capture / (health + raw):6.2f} x"
        f"  target <= 1.50: {'met' if capture <= budget else 'MISSED'}"
    )

    try:
        from bench_core import bench_suggestions
    except ImportError:
        bench_suggestions = None
    if bench_suggestions is not None:
        print("\nSuggestions in-process (20 positions, 5 schools, 10 talking points)")
        for key, value in bench_suggestions().items():
            print(f"  {key:<34} {value}")

    print("\nProfile parser in Chromium")
    parser_bench = ROOT / "extension" / "tools" / "bench_parser.py"
    result = subprocess.run(
        [sys.executable, str(parser_bench)], capture_output=True, text=True, check=False
    )
    print("  " + (result.stdout.strip() or result.stderr.strip()))

    if not args.skip_exchange:
        try:
            import bench_exchange
        except ImportError:
            bench_exchange = None
        if bench_exchange is not None and hasattr(bench_exchange, "run_all"):
            print("\nExport and import")
            for key, value in bench_exchange.run_all().items():
                print(f"  {key:<34} {value}")

    if not args.skip_store:
        import bench_store

        print("\nThe store at 30,000 contacts")
        for key, value in bench_store.run_all().items():
            print(f"  {key:<46} {value}")

    if not args.skip_plan:
        import bench_plan

        print("\nThe follow-up plan over HTTP (real server, SQLite)")
        for key, value in bench_plan.run_all().items():
            print(f"  {key:<34} {value}")

    if not args.skip_dashboard:
        import bench_dashboard

        print(
            f"\nDashboard pages ({bench_dashboard.CONTACTS:,} contacts, "
            f"{bench_dashboard.OPPORTUNITIES:,} opportunities)"
        )
        for key, value in bench_dashboard.run_all().items():
            print(f"  {key:<34} {value}")


if __name__ == "__main__":
    main()
