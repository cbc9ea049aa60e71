"""Export and import figures: speed against the sqlite3 tool, memory as contacts grow, import.

Targets:
- exporting 100,000 contacts (Segue CSV) takes <= 2 x the time the `sqlite3` command-line tool
  takes to dump the same rows to CSV (install it with `apt-get install -y sqlite3`);
- peak memory of that export grows by < 30 MB from 10,000 to 100,000 contacts;
- importing LinkedIn's Connections.csv of 10,000 connections takes < 2 s.

Each function returns a dict of figures; `run_all` merges them for scripts/bench.py.
Run alone: .venv/bin/python scripts/bench_exchange.py
"""

import datetime
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from server.core.exchange import csv_chunks, read_contacts  # noqa: E402
from server.store.db import db, open_database  # noqa: E402
from server.store.exchange import export_chunks, import_contacts  # noqa: E402
from server.store.migrate import migrate  # noqa: E402
from server.store.models import Contact, Education, Position, TalkingPoint  # noqa: E402

EXPORT_CONTACTS = 100_000
MEMORY_SIZES = (10_000, 100_000)
IMPORT_CONNECTIONS = 10_000
INSERT_BATCH = 100

# The same rows as Segue's CSV: each contact with its positions, education and talking points.
SQLITE_DUMP = """
SELECT c.*,
  (SELECT group_concat(line, char(10)) FROM (
     SELECT title || ' | ' || company || ' | ' || ifnull(start, '') || ' | ' ||
            ifnull("end", '') || ' | ' || location AS line
     FROM position WHERE contact_id = c.id ORDER BY ordinal)) AS positions,
  (SELECT group_concat(line, char(10)) FROM (
     SELECT school || ' | ' || degree || ' | ' || field || ' | ' || ifnull(start, '') ||
            ' | ' || ifnull("end", '') AS line
     FROM education WHERE contact_id = c.id ORDER BY ordinal)) AS education,
  (SELECT group_concat(line, char(10)) FROM (
     SELECT kind || ' | ' || text || ' | ' || url || ' | ' || source AS line
     FROM talking_point WHERE contact_id = c.id ORDER BY ordinal, id)) AS talking_points
FROM contact AS c ORDER BY c.id;
"""


def sqlite3_tool() -> str:
    """The path of the sqlite3 command-line tool, or an error saying how to install it."""
    path = shutil.which("sqlite3")
    if path is None:
        raise RuntimeError("The sqlite3 tool is missing: apt-get install -y sqlite3")
    return path


def populate(path: Path, count: int) -> str:
    """A migrated SQLite database at `path` holding `count` realistic contacts; its URL."""
    url = f"sqlite:///{path}"
    open_database(url)
    now = datetime.datetime(2026, 11, 1, 9, 30)
    with db.connection_context():
        migrate()
        with db.atomic():
            for first in range(1, count + 1, INSERT_BATCH):
                ids = range(first, min(first + INSERT_BATCH, count + 1))
                Contact.insert_many([_contact(n, now) for n in ids]).execute()
                Position.insert_many([row for n in ids for row in _positions(n)]).execute()
                Education.insert_many([_education(n) for n in ids]).execute()
                TalkingPoint.insert_many([row for n in ids for row in _points(n, now)]).execute()
    db.close()
    return url


def _contact(n: int, now) -> dict:
    return {
        "id": n,
        "linkedin_url": f"https://www.linkedin.com/in/person-{n}/",
        "full_name": f"Person Número {n}",
        "first_name": "Person",
        "last_name": f"Número {n}",
        "headline": f"Engineering Manager at Company {n % 500} | Data, platforms",
        "location": "Austin, Texas, United States",
        "about": "I build teams that ship data platforms. " * 3,
        "photo_url": f"https://media.licdn.com/dms/image/{n}.jpg",
        "current_title": "Engineering Manager",
        "current_company": f"Company {n % 500}",
        "skills": ["Python", "Kafka", "Leadership"],
        "interests": ["Sailing"],
        "capture": {"source": "dom", "layout": "ember-2024", "complete": True},
        "email": f"person{n}@example.com",
        "phone": "+1 512 555 0100",
        "notes": 'Met at the onsite; asked about the "platform" team, next steps in a week.',
        "preferred_channel": "email",
        "captured_at": now,
        "created_at": now,
        "updated_at": now,
    }


def _positions(n: int) -> list[dict]:
    return [
        {"contact": n, "ordinal": 0, "title": "Engineering Manager",
         "company": f"Company {n % 500}", "start": "2021-07", "end": None, "location": "Austin"},
        {"contact": n, "ordinal": 1, "title": "Senior Engineer", "company": "Contoso",
         "start": "2016", "end": "2021-06", "location": "Redmond"},
    ]  # fmt: skip


def _education(n: int) -> dict:
    return {"contact": n, "ordinal": 0, "school": "University of Michigan", "degree": "BS",
            "field": "Computer Science", "start": "2009", "end": "2013"}  # fmt: skip


def _points(n: int, now) -> list[dict]:
    common = {"contact": n, "url": "", "created_at": now, "updated_at": now}
    return [
        {**common, "kind": "alma_mater", "text": "You both studied at University of Michigan",
         "source": "derived", "strength": 0.9, "ordinal": 0},
        {**common, "kind": "interview", "text": "Asked about the data platform roadmap",
         "source": "manual", "strength": None, "ordinal": 0},
    ]  # fmt: skip


def export_to_file(url: str, out: Path) -> int:
    """Export every contact in Segue's CSV to `out`, as the API streams it; return its bytes."""
    open_database(url)
    size = 0
    with db.connection_context(), open(out, "wb") as file:
        for chunk in csv_chunks("segue", export_chunks()):
            size += file.write(chunk)
    return size


def bench_export(count: int = EXPORT_CONTACTS) -> dict:
    """Seconds to export `count` contacts, against the sqlite3 tool dumping the same rows."""
    tool = sqlite3_tool()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "segue.db"
        url = populate(path, count)
        # Both read a warm file cache: the first pass of each is not timed. CPU seconds are
        # given too, as wall time on a busy machine also counts other people's work.
        ours, theirs = [], []
        for _ in range(3):
            start, cpu = time.perf_counter(), time.process_time()
            export_to_file(url, Path(tmp) / "segue.csv")
            ours.append((time.perf_counter() - start, time.process_time() - cpu))
            start, cpu = time.perf_counter(), _children_cpu()
            with open(Path(tmp) / "sqlite3.csv", "wb") as out:
                subprocess.run([tool, "-csv", "-header", str(path), SQLITE_DUMP], stdout=out,
                               check=True)  # fmt: skip
            theirs.append((time.perf_counter() - start, _children_cpu() - cpu))
        (segue_s, segue_cpu), (sqlite_s, sqlite_cpu) = min(ours[1:]), min(theirs[1:])
        segue_mb = (Path(tmp) / "segue.csv").stat().st_size / 1e6
    ratio = segue_s / sqlite_s
    return {
        "export_contacts": count,
        "export_segue_csv_s": round(segue_s, 3),
        "export_sqlite3_cli_s": round(sqlite_s, 3),
        "export_ratio": round(ratio, 2),
        "export_segue_csv_cpu_s": round(segue_cpu, 3),
        "export_sqlite3_cli_cpu_s": round(sqlite_cpu, 3),
        "export_cpu_ratio": round(segue_cpu / sqlite_cpu, 2),
        "export_csv_mb": round(segue_mb, 1),
        "export_ratio_target_met (<= 2)": ratio <= 2,
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_export_memory(sizes: tuple[int, int] = MEMORY_SIZES) -> dict:
    """Peak resident memory of an export process at two sizes, each in a process of its own."""
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in sizes:
            url = populate(Path(tmp) / f"segue-{count}.db", count)
            child = subprocess.run(
                [sys.executable, __file__, "--export-peak", url, str(Path(tmp) / "out.csv")],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            peaks[count] = json.loads(child.stdout)["peak_mb"]
    small, large = sizes
    growth = peaks[large] - peaks[small]
    return {
        f"export_peak_mb_at_{small}": round(peaks[small], 1),
        f"export_peak_mb_at_{large}": round(peaks[large], 1),
        "export_peak_growth_mb": round(growth, 1),
        "export_memory_target_met (< 30 MB)": growth < 30,
    }


def linkedin_connections(count: int) -> bytes:
    """A Connections.csv of `count` people, written as LinkedIn writes it."""
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses'
        ' are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(count):
        email = f"person{n}@example.com" if n % 4 == 0 else ""
        lines.append(
            f"Person,Número {n},https://www.linkedin.com/in/person-{n},{email},"
            f'"Company {n % 500}, Inc.",Engineering Manager,{(n % 28) + 1:02d} Mar 2024'
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def bench_import(count: int = IMPORT_CONNECTIONS) -> dict:
    """Seconds to read and import `count` LinkedIn connections into an empty database."""
    data = linkedin_connections(count)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(f"sqlite:///{tmp}/segue.db")
        with db.connection_context():
            migrate()
            start = time.perf_counter()
            report = import_contacts(read_contacts(data))
            seconds = time.perf_counter() - start
        db.close()
    assert report["created"] == count and not report["errors"], report
    return {
        "import_linkedin_connections": count,
        "import_s": round(seconds, 3),
        "import_target_met (< 2 s)": seconds < 2,
    }


def run_all() -> dict:
    """Every export and import figure, in one dict."""
    return {**bench_export(), **bench_export_memory(), **bench_import()}


def _measure_export_peak(url: str, out: str) -> None:
    export_to_file(url, Path(out))
    # ru_maxrss is in KiB on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
    print(json.dumps({"peak_mb": peak_mb}))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--export-peak":
        _measure_export_peak(sys.argv[2], sys.argv[3])
    else:
        for key, value in run_all().items():
            print(f"{key:<38} {value}")
