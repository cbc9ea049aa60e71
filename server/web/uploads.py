"""An uploaded file kept between its dry-run preview and the import the user confirms."""

import re
import secrets
from pathlib import Path

from flask import current_app

UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")


def _folder() -> Path:
    folder = Path(current_app.config["SEGUE_DATA_DIR"]) / "uploads"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def keep(data: bytes) -> str:
    """Store `data` under a new random id and return the id."""
    upload_id = secrets.token_hex(16)
    (_folder() / upload_id).write_bytes(data)
    return upload_id


def take(upload_id: str) -> bytes | None:
    """The stored file's bytes, removing it; None when there is no such upload."""
    if not UPLOAD_ID.match(upload_id or ""):
        return None
    path = _folder() / upload_id
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    path.unlink(missing_ok=True)
    return data
