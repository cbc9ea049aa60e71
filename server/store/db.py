"""The one database handle, opened from a URL, and the write transaction every change uses."""

from contextlib import contextmanager

from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect

db = DatabaseProxy()

# WAL lets readers run beside the writer; FULL makes a committed contact survive power loss.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "full",
}

# Any constant works: it names the one advisory lock that serialises writers on PostgreSQL.
POSTGRES_WRITE_LOCK = 7313


def open_database(url: str):
    """Bind the proxy to the database at `url` (sqlite:///… or postgresql://…) and return it."""
    # A pool keeps each server thread's connection (and its pragmas) across requests.
    scheme, rest = url.split("://", 1)
    if not scheme.endswith("+pool"):
        url = f"{scheme}+pool://{rest}"
    if scheme.startswith("sqlite"):
        # The pool lends a connection to one thread at a time, so it may move between threads.
        database = connect(
            url,
            pragmas=SQLITE_PRAGMAS,
            max_connections=32,
            stale_timeout=600,
            check_same_thread=False,
        )
    else:
        database = connect(url, max_connections=32, stale_timeout=600)
    db.initialize(database)
    return database


def is_sqlite():
    return isinstance(db.obj, SqliteDatabase)


@contextmanager
def write_transaction():
    """One transaction that takes the write lock up front, so writers queue instead of failing."""
    if is_sqlite():
        with db.atomic("IMMEDIATE") as txn:
            yield txn
        return
    with db.atomic() as txn:
        if isinstance(db.obj, PostgresqlDatabase) and db.transaction_depth() == 1:
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (POSTGRES_WRITE_LOCK,))
        yield txn
