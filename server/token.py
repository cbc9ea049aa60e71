"""The API token: generated once into the data directory, readable by the user alone."""

import os
import secrets
from pathlib import Path
from urllib.parse import urlencode

# 32 bytes = 256 bits, comfortably over the 128 the design asks for.
TOKEN_BYTES = 32


def load_or_create_token(path: Path) -> str:
    """Return the token stored at `path`, creating it (mode 0600) on first use."""
    try:
        token = path.read_text().strip()
    except FileNotFoundError:
        token = ""
    if token:
        return token
    return write_new_token(path)


def write_new_token(path: Path) -> str:
    """Write a fresh random token to `path` with mode 0600 and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    tmp = path.with_suffix(".tmp")
    # O_EXCL-free but created 0600 from the start, so the secret is never world-readable.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return token


def sign_in_url(port: int, token: str) -> str:
    """The dashboard link that signs a browser in, as `segue serve` and `segue open` print it."""
    return f"http://127.0.0.1:{port}/login?{urlencode({'token': token})}"
