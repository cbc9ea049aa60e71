"""The data directory: where the token, the SQLite database and the server's lock live."""

import tempfile
from pathlib import Path

from .faults import StartupFault


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
