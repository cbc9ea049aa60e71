"""The one database handle, opened from a URL, and the write transaction every change uses."""

import itertools
import weakref
from contextlib import contextmanager

from peewee import DatabaseProxy, ImproperlyConfigured, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect

from .turns import turn_for

db = DatabaseProxy()

# WAL lets readers run beside the writer; FULL makes a committed contact survive power loss.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "full",
    "mmap_size": 268_435_456,
}

# Any constant works: it names the one advisory lock that serialises writers on PostgreSQL.
POSTGRES_WRITE_LOCK = 7313


SUPPORTED_SCHEMES = ("sqlite", "postgres", "postgresql")


class DatabaseUnavailable(RuntimeError):
    """The database SEGUE_DATABASE_URL names cannot be used; the message says why."""


def open_database(url: str):
    """Bind the proxy to the database at `url` (sqlite:///… or postgresql://…) and return it."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] not in SUPPORTED_SCHEMES or not rest:
        # The URL itself is not repeated: it may hold a password.
        raise DatabaseUnavailable(
            "SEGUE_DATABASE_URL must look like sqlite:///PATH or postgresql://USER@HOST/NAME."
        )
    # A pool keeps each server thread's connection (and its pragmas) across requests.
    if not scheme.endswith("+pool"):
        url = f"{scheme}+pool://{rest}"
    try:
        if scheme.startswith("sqlite"):
            # The pool lends a connection to one thread at a time, so it may move threads.
            database = connect(
                url,
                pragmas=SQLITE_PRAGMAS,
                max_connections=32,
                stale_timeout=600,
                check_same_thread=False,
            )
        else:
            database = connect(url, max_connections=32, stale_timeout=600)
    except ImproperlyConfigured as error:
        raise DatabaseUnavailable(
            f"{error} For PostgreSQL: .venv/bin/pip install -e '.[postgres]'"
        ) from error
    db.initialize(database)
    return database


_keys: "weakref.WeakKeyDictionary[object, int]" = weakref.WeakKeyDictionary()
_next_key = itertools.count(1)


def database_key() -> int:
    """A number for the open database that no other database opened in this process has had:
    answers kept for one database are never given for another (an `id()` can be reused once
    its object is gone, and two new databases have the same plan versions)."""
    key = _keys.get(db.obj)
    if key is None:
        key = _keys.setdefault(db.obj, next(_next_key))
    return key


def is_sqlite():
    return isinstance(db.obj, SqliteDatabase)


@contextmanager
def write_transaction():
    """One transaction that takes the write lock up front, so writers queue instead of failing.

    Writers in this process queue first come, first served (server.store.turns).
    """
    with turn_for(db.obj).turn():
        if is_sqlite():
            with db.atomic("IMMEDIATE") as txn:
                yield txn
            return
        with db.atomic() as txn:
            if isinstance(db.obj, PostgresqlDatabase) and db.transaction_depth() == 1:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (POSTGRES_WRITE_LOCK,))
            yield txn
