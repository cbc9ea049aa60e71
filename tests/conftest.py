"""Shared fixtures: a fresh database per test, the app, an API client, and the real server."""

import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from tests.live_server import ROOT, TOKEN, free_port, start_server, stop_server

__all__ = ["ROOT", "TOKEN", "free_port", "start_server", "stop_server"]

# CI replays the same examples every run, so a landing never depends on a lucky draw;
# runs elsewhere keep exploring new ones.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def new_database_url(tmp_dir: Path) -> tuple[str, object]:
    """A URL to an empty database, and a function that removes it afterwards.

    SQLite by default; with SEGUE_TEST_POSTGRES_URL set, a fresh PostgreSQL database.
    """
    admin_url = os.environ.get("SEGUE_TEST_POSTGRES_URL")
    if not admin_url:
        return f"sqlite:///{tmp_dir / 'segue.db'}", lambda: None
    import psycopg2

    name = f"segue_test_{uuid.uuid4().hex[:12]}"

    def admin(sql):
        conn = psycopg2.connect(admin_url)
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    admin(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}", lambda: admin(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


@pytest.fixture
def database_url(tmp_path):
    url, drop = new_database_url(tmp_path)
    yield url
    drop()


@pytest.fixture
def app(tmp_path, database_url):
    from server import create_app
    from server.store.db import db

    app = create_app(
        {
            "SEGUE_DATA_DIR": str(tmp_path),
            "SEGUE_DATABASE_URL": database_url,
            "SEGUE_TOKEN": TOKEN,
            "SEGUE_PORT": 7313,
            "TESTING": True,
        }
    )
    yield app
    if not db.is_closed():
        db.close()


class ApiClient:
    """Flask's test client with the Host, token and JSON every real request carries."""

    def __init__(self, flask_client, token=TOKEN):
        self.flask = flask_client
        self.token = token

    def request(self, method, path, *, json=None, headers=None, **kwargs):
        merged = {"Authorization": f"Bearer {self.token}", **(headers or {})}
        return self.flask.open(
            path,
            method=method,
            json=json,
            headers=merged,
            base_url="http://127.0.0.1:7313",
            **kwargs,
        )

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)

    def put(self, path, **kwargs):
        return self.request("PUT", path, **kwargs)

    def patch(self, path, **kwargs):
        return self.request("PATCH", path, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def client(app):
    return ApiClient(app.test_client())


@contextmanager
def server_with_own_database(data_dir: Path):
    """A real server on a database of its own in `data_dir`, both removed afterwards."""
    database_url, drop = new_database_url(data_dir)
    server = start_server(data_dir, database_url)
    try:
        yield server
    finally:
        stop_server(server)
        drop()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The real server, in its own process on a loopback port, shared by a test session."""
    with server_with_own_database(tmp_path_factory.mktemp("live-server")) as server:
        yield server


@pytest.fixture
def fresh_server(tmp_path, database_url):
    """A real server of its own, for tests that count rows or stop it."""
    server = start_server(tmp_path, database_url)
    yield server
    stop_server(server)
