"""Many writers at once: every capture lands, none sees "database is locked"."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import ROOT
from tests.server.profiles import profile

THREADS = 8
CAPTURES_PER_THREAD = 200
PEOPLE = 1000  # fewer than the captures, so threads also race to update the same contact


def test_concurrent_captures_lose_nothing(fresh_server):
    def worker(thread):
        statuses = []
        with fresh_server.session() as session:
            for i in range(CAPTURES_PER_THREAD):
                person = (thread * CAPTURES_PER_THREAD + i) % PEOPLE
                body = profile(slug=f"person-{person}", headline=f"capture {thread}-{i}")
                with session.post(
                    f"{fresh_server.url}/api/contacts/capture", json=body, timeout=60
                ) as response:
                    statuses.append((response.status_code, response.text[:200]))
        return statuses

    with ThreadPoolExecutor(THREADS) as pool:
        results = [s for batch in pool.map(worker, range(THREADS)) for s in batch]

    codes = Counter(code for code, _ in results)
    errors = [text for code, text in results if code not in (200, 201)]
    assert not errors, errors[:3]
    assert codes[201] == PEOPLE
    assert codes[200] == THREADS * CAPTURES_PER_THREAD - PEOPLE
    with fresh_server.session() as session:
        response = session.get(f"{fresh_server.url}/api/contacts?per_page=1")
        assert json.loads(response.headers["X-Pagination"])["total"] == PEOPLE


def test_two_edits_racing_for_one_profile_url_give_one_conflict(fresh_server):
    """The URL check and the write are one transaction: the loser gets 409, never a 500."""
    rounds, url = 40, f"{fresh_server.url}/api/contacts"
    with fresh_server.session() as session:
        ids = [session.post(url, json={"full_name": f"Person {n}"}).json()["id"] for n in range(2)]
    start = threading.Barrier(2)

    def worker(contact_id):
        statuses = []
        with fresh_server.session() as session:
            for round_number in range(rounds):
                body = {"linkedin_url": f"https://www.linkedin.com/in/race-{round_number}"}
                start.wait()
                with session.patch(f"{url}/{contact_id}", json=body, timeout=60) as response:
                    statuses.append(response.status_code)
        return statuses

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(worker, ids)
    # Each round, one edit takes the URL and the other is told it is taken.
    assert [sorted(pair) for pair in zip(first, second, strict=True)] == [[200, 409]] * rounds


@pytest.mark.skipif(
    bool(os.environ.get("SEGUE_TEST_POSTGRES_URL")),
    reason="segue backup copies SQLite; PostgreSQL has pg_dump",
)
def test_backup_during_writes_is_consistent(fresh_server, tmp_path):
    stop = threading.Event()
    written = Counter()

    def writer():
        with fresh_server.session() as session:
            i = 0
            while not stop.is_set() and i < 2000:
                with session.post(
                    f"{fresh_server.url}/api/contacts/capture",
                    json=profile(slug=f"writer-{i}"),
                    timeout=60,
                ) as response:
                    written[response.status_code] += 1
                i += 1

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        while sum(written.values()) < 50:
            threading.Event().wait(0.02)
        env = {
            **os.environ,
            "SEGUE_DATA_DIR": str(fresh_server.data_dir),
            "SEGUE_DATABASE_URL": f"sqlite:///{fresh_server.data_dir / 'segue.db'}",
        }
        backup = tmp_path / "backup" / "copy.db"
        result = subprocess.run(
            [sys.executable, "-m", "server", "backup", str(backup)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        during = sum(written.values())
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert result.returncode == 0, result.stderr
    assert "integrity check ok" in result.stdout
    assert set(written) == {201} or set(written) == {200, 201}
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = copy.execute("SELECT count(*) FROM contact").fetchone()[0]
        positions = copy.execute("SELECT count(*) FROM position").fetchone()[0]
    finally:
        copy.close()
    # Every contact in the copy came with its positions: no half-written capture.
    assert 0 < rows <= during
    assert positions == 2 * rows
