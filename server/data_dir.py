"""The data directory: where the token, the SQLite database and the server's lock live.

One data directory has one server. `segue serve` holds `segue.lock` in it for as long as it
runs, and writes its pid and port beside it in `segue.server`, so a second one can say which
server it found. The operating system releases the lock when the process ends, however it
ends, so a killed server leaves nothing to clean up. With one server per data directory,
that server is the only writer of the user's background, and its cached copy (see
store/talking_points.current_me) cannot fall behind the database.
"""

import json
import os
import tempfile
from pathlib import Path

from filelock import FileLock, Timeout

from .faults import StartupFault

LOCK_FILE = "segue.lock"
OWNER_FILE = "segue.server"


def prepare_data_dir(path: Path) -> Path:
    """Make the data directory if needed and check it can be written; return it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        raise StartupFault(
            f"Cannot write to the data directory {path} ({error.strerror}): make it writable, "
            "or set SEGUE_DATA_DIR to a directory you can write."
        ) from error
    return path


def lock_data_dir(path: Path, port: int) -> FileLock:
    """Take the data directory for this server, or raise StartupFault naming the one that has it.

    Keep the returned lock for as long as the server runs.
    """
    lock = FileLock(
        path / LOCK_FILE,
        timeout=0,
        thread_local=False,
        fallback_to_soft=False,  # a lock file left by a killed process would block forever
        preserve_lock_file=True,  # unlinking it on release races with the next server
    )
    try:
        lock.acquire()
    except Timeout as error:
        raise StartupFault(
            f"Another Segue server ({running_server(path)}) is using the data directory "
            f"{path}: stop it first, or set SEGUE_DATA_DIR to another directory."
        ) from error
    owner = path / OWNER_FILE
    partial = owner.with_name(OWNER_FILE + ".part")
    partial.write_text(json.dumps({"pid": os.getpid(), "port": port}) + "\n")
    partial.replace(owner)
    return lock


def running_server(path: Path) -> str:
    """The pid and address of the server that holds `path`, as far as it wrote them."""
    try:
        owner = json.loads((path / OWNER_FILE).read_text())
        return f"pid {int(owner['pid'])}, http://127.0.0.1:{int(owner['port'])}"
    except (OSError, ValueError, KeyError, TypeError):
        return "still starting"
