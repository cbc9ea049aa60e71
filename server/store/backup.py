"""A consistent copy of a live SQLite database, checked before it is trusted."""

import sqlite3
from pathlib import Path


class BackupCorrupt(sqlite3.DatabaseError):
    """The copy did not pass `PRAGMA integrity_check`."""


def backup_sqlite(source: Path, target: Path) -> int:
    """Copy `source` to `target` with SQLite's online backup API; return the page count."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(tmp)
    try:
        # Copying in one step holds a read snapshot, so writers never restart the copy.
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        pages = dst.execute("PRAGMA page_count").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupCorrupt(f"integrity_check said: {result}")
    tmp.replace(target)
    return pages
