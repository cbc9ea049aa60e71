"""Segue's local server: stores contacts and drafts the notes that follow an interview."""

import logging
from pathlib import Path

from flask import Flask

from .config import Config
from .data_dir import prepare_data_dir
from .token import check_environment_token, load_or_create_token


def create_app(test_config=None):
    """Build the Flask app from the environment, or from `test_config` when given.

    Raises StartupFault (server.faults) when the data directory or the token cannot be used.
    """
    # No app-wide static route: the dashboard blueprint serves its own files at /static.
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(Config().as_flask_config())
    if test_config:
        app.config.update(test_config)
    data_dir = prepare_data_dir(Path(app.config["SEGUE_DATA_DIR"]))
    if app.config.get("SEGUE_TOKEN"):
        check_environment_token(app.config["SEGUE_TOKEN"])
    else:
        app.config["SEGUE_TOKEN"] = load_or_create_token(data_dir / "token")
    logging.getLogger("peewee").setLevel(logging.WARNING)

    from . import api, web
    from .store import lifecycle

    api.init_app(app)
    web.init_app(app)
    lifecycle.init_app(app)
    return app
