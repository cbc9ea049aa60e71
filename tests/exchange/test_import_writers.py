"""Imports beside other writers: a dry run takes no lock, a real one writes in short chunks."""

import json
import sqlite3
import threading

import psycopg2
import requests

from server.store.db import POSTGRES_WRITE_LOCK, db, is_sqlite
from tests.exchange.helpers import many_connections, upload
from tests.server.profiles import profile

# The line of the n-th person in many_connections: four lines of notes and header come first.
FIRST_LINE = 5


def post_file(server, data: bytes, *, dry_run=False) -> requests.Response:
    with server.session() as session:
        return session.post(
            f"{server.url}/api/import",
            params={"dry_run": "true"} if dry_run else None,
            files={"file": ("Connections.csv", data, "text/csv")},
            timeout=120,
        )


def total(server) -> int:
    with server.session() as session:
        response = session.get(f"{server.url}/api/contacts?per_page=1", timeout=60)
    return json.loads(response.headers["X-Pagination"])["total"]


class WriteLockHolder:
    """Another connection holding the database's write lock, as a second writer would."""

    def __init__(self, database_url: str):
        self.url = database_url

    def __enter__(self):
        if self.url.startswith("sqlite"):
            self.conn = sqlite3.connect(self.url.removeprefix("sqlite:///"), isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn = psycopg2.connect(self.url)
            self.conn.cursor().execute("SELECT pg_advisory_lock(%s)", (POSTGRES_WRITE_LOCK,))
        return self

    def __exit__(self, *exc):
        if self.url.startswith("sqlite"):
            self.conn.execute("ROLLBACK")
        self.conn.close()


def test_a_dry_run_neither_writes_nor_waits_for_the_write_lock(fresh_server, database_url):
    data = many_connections(300)
    with WriteLockHolder(database_url):
        # Before, the dry run ran the import and rolled it back: it waited for the lock,
        # then failed with "database is locked" (SQLite) or waited on (PostgreSQL).
        dry = post_file(fresh_server, data, dry_run=True)
        assert dry.status_code == 200, dry.text
    assert total(fresh_server) == 0
    real = post_file(fresh_server, data)
    assert dry.json() == real.json()
    assert (real.json()["created"], total(fresh_server)) == (300, 300)


def test_captures_during_a_large_import_all_succeed(fresh_server):
    people = 6000
    with fresh_server.session() as session:
        url = f"{fresh_server.url}/api/contacts/capture"
        assert session.post(url, json=profile(), timeout=60).status_code == 201
    report = {}
    importer = threading.Thread(
        target=lambda: report.update(post_file(fresh_server, many_connections(people)).json())
    )
    importer.start()
    statuses, totals = [], []
    with fresh_server.session() as session:
        while importer.is_alive():
            with session.post(url, json=profile(headline=f"n{len(statuses)}"), timeout=60) as r:
                statuses.append((r.status_code, r.text[:200]))
            totals.append(total(fresh_server))
    importer.join()
    assert report["created"] == people, report
    assert statuses and all(code == 200 for code, _ in statuses), statuses[:3]
    # Committed in chunks: other requests saw the import part done, not nothing then all.
    assert any(1 < seen < people + 1 for seen in totals), totals


def refuse_inserts_of(last_name: str) -> None:
    """Make the database itself refuse a contact row, as a full disk would mid-import."""
    if is_sqlite():
        db.execute_sql(
            f"CREATE TRIGGER refuse BEFORE INSERT ON contact WHEN NEW.last_name = '{last_name}' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    else:
        db.execute_sql(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
            f"IF NEW.last_name = '{last_name}' THEN RAISE EXCEPTION 'refused by the test'; "
            "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        db.execute_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION refuse()"
        )


def test_an_import_that_fails_part_way_says_what_it_wrote_and_can_run_again(client):
    people, refused = 4000, 3500
    data = many_connections(people, last_name=lambda n: "Boom" if n == refused else f"N{n}")
    refuse_inserts_of("Boom")
    first = upload(client, data).json
    written = client.get("/api/contacts?per_page=1").headers["X-Pagination"]
    assert 0 < first["created"] == json.loads(written)["total"] <= refused
    assert FIRST_LINE + first["created"] == first["stopped"]["line"] <= FIRST_LINE + refused
    assert "refused by the test" in first["stopped"]["message"]

    db.execute_sql("DROP TRIGGER refuse" if is_sqlite() else "DROP TRIGGER refuse ON contact")
    again = upload(client, data).json
    assert "stopped" not in again
    assert (again["created"], again["skipped"]) == (people - first["created"], first["created"])
    written = client.get("/api/contacts?per_page=1").headers["X-Pagination"]
    assert json.loads(written)["total"] == people
