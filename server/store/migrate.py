"""Apply the schema migrations in `migrations/` that this database has not seen yet."""

from pathlib import Path

from playhouse.migrations import Runner

from .db import db

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def migrate() -> list[str]:
    """Bring the schema up to date and return the names of the migrations applied."""
    return Runner(db.obj, str(MIGRATIONS_DIR)).up()


def pending() -> list[str]:
    """Names of migrations not yet applied."""
    return [m.name for m in Runner(db.obj, str(MIGRATIONS_DIR)).status() if not m.applied]
