"""Settings, read once from the environment with sensible defaults."""

import os
from pathlib import Path

import platformdirs

DEFAULT_PORT = 7313
# The read-only key of the calendar feed, kept beside the token.
CALENDAR_KEY_FILE = "calendar-key"


class Config:
    """Everything the server needs to know about where it runs."""

    def __init__(self, environ=None):
        env = os.environ if environ is None else environ
        self.data_dir = Path(env.get("SEGUE_DATA_DIR") or platformdirs.user_data_dir("segue"))
        self.database_url = (
            env.get("SEGUE_DATABASE_URL") or f"sqlite:///{self.data_dir / 'segue.db'}"
        )
        self.port = int(env.get("SEGUE_PORT") or DEFAULT_PORT)
        self.token = env.get("SEGUE_TOKEN") or None

    @property
    def token_path(self):
        return self.data_dir / "token"

    @property
    def calendar_key_path(self):
        return self.data_dir / CALENDAR_KEY_FILE

    def as_flask_config(self):
        """The keys `create_app` reads, so tests can pass the same ones directly."""
        return {
            "SEGUE_DATA_DIR": str(self.data_dir),
            "SEGUE_DATABASE_URL": self.database_url,
            "SEGUE_PORT": self.port,
            "SEGUE_TOKEN": self.token,
        }
