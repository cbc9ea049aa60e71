"""Open the database for the app, migrate it, and give each request its own connection."""

from .db import db
from .migrate import open_and_migrate


def init_app(app):
    """Open and migrate the database named in the app's config, and hook up per-request use."""
    open_and_migrate(app.config["SEGUE_DATABASE_URL"])
    app.before_request(open_connection)
    app.teardown_request(close_connection)


def open_connection():
    db.connect(reuse_if_open=True)


def close_connection(exc):
    if not db.is_closed():
        db.close()
