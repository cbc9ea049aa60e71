"""The API token: generated once into the data directory, readable by the user alone."""

import os
import secrets
import stat
import sys
from pathlib import Path
from urllib.parse import urlencode

from .faults import StartupFault

# 32 bytes = 256 bits, comfortably over the 128 the design asks for.
TOKEN_BYTES = 32
# What a token must at least be: 32 characters of urlsafe base64 are 192 bits.
MIN_TOKEN_LENGTH = 32


def load_or_create_token(path: Path) -> str:
    """Return the token stored at `path`, creating it (mode 0600) on first use.

    Raises StartupFault, naming the path and what to do, when the file cannot be used.
    A file others may read is made private, with a warning.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return write_new_token(path)
    except IsADirectoryError as error:
        raise StartupFault(
            f"The token path {path} is a directory: remove it, and Segue makes a new token."
        ) from error
    except OSError as error:
        raise StartupFault(
            f"Cannot read the token file {path} ({error.strerror}): "
            "make it readable, or run `segue token --rotate`."
        ) from error
    try:
        token = data.decode("utf-8").strip()
    except UnicodeDecodeError as error:
        raise StartupFault(
            f"The token file {path} holds binary bytes, not a token: "
            "run `segue token --rotate` to write a new one."
        ) from error
    if not token:
        return write_new_token(path)
    check_token(token, f"The token in {path}", "run `segue token --rotate` to write a new one")
    make_private(path)
    return token


def check_environment_token(token: str) -> str:
    """Return the SEGUE_TOKEN setting, or raise StartupFault when it is too short."""
    return check_token(token, "SEGUE_TOKEN", "set a longer one, or unset it to use the token file")


def check_token(token: str, source: str, remedy: str) -> str:
    """Return `token`, or raise StartupFault when it is too short to be safe."""
    if len(token) < MIN_TOKEN_LENGTH:
        raise StartupFault(
            f"{source} is {len(token)} characters long; a token needs at least "
            f"{MIN_TOKEN_LENGTH} characters: {remedy}."
        )
    return token


def make_private(path: Path) -> None:
    """Give the token file mode 0600 if group or others may read it, and say so."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            os.chmod(path, 0o600)
        except OSError as error:
            raise StartupFault(
                f"The token file {path} is readable by others (mode {mode:04o}) and cannot be "
                f"made private ({error.strerror}): run `chmod 600 {path}`."
            ) from error
        print(
            f"Warning: the token file {path} was readable by others (mode {mode:04o}); "
            "its mode is now 0600.",
            file=sys.stderr,
        )


def write_new_token(path: Path) -> str:
    """Write a fresh random token to `path` with mode 0600 and return it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL-free but created 0600 from the start, so the secret is never world-readable.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(token + "\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except IsADirectoryError as error:
        raise StartupFault(
            f"The token path {path} is a directory: remove it, and Segue makes a new token."
        ) from error
    except OSError as error:
        raise StartupFault(
            f"Cannot write the token file {path} ({error.strerror}): make {path.parent} "
            "writable, or set SEGUE_DATA_DIR to a directory you can write."
        ) from error
    return token


def sign_in_url(port: int, token: str) -> str:
    """The dashboard link that signs a browser in, as `segue serve` and `segue open` print it."""
    return f"http://127.0.0.1:{port}/login?{urlencode({'token': token})}"
