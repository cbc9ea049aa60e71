"""Apply the schema migrations in `migrations/` that this database has not seen yet."""

from pathlib import Path

from peewee import DatabaseError, InterfaceError
from playhouse.migrations import Runner

from .db import DatabaseUnavailable, db, open_database

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def migrate() -> list[str]:
    """Bring the schema up to date and return the names of the migrations applied."""
    return Runner(db.obj, str(MIGRATIONS_DIR)).up()


def open_and_migrate(url: str) -> list[str]:
    """Open the database at `url`, bring its schema up to date, and return what was applied."""
    open_database(url)
    try:
        with db.connection_context():
            return migrate()
    except (DatabaseError, InterfaceError, OSError) as error:
        raise DatabaseUnavailable(f"Cannot open the database: {error}".strip()) from error
