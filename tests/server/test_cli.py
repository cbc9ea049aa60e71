"""The `segue` command: token, migrate, serve and its clean stop."""

import os
import signal
import socket
import stat
import subprocess
import sys

import pytest
import requests

from tests.conftest import ROOT, free_port


def segue(*args, env, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def environment(tmp_path, database_url, **extra):
    env = {k: v for k, v in os.environ.items() if k != "SEGUE_TOKEN"}
    env.update(SEGUE_DATA_DIR=str(tmp_path / "data"), SEGUE_DATABASE_URL=database_url, **extra)
    return env


def test_token_is_created_once_and_rotates(tmp_path, database_url):
    env = environment(tmp_path, database_url)
    first = segue("token", env=env)
    assert first.returncode == 0
    token = first.stdout.strip()
    token_file = tmp_path / "data" / "token"
    assert token_file.read_text().strip() == token
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert segue("token", env=env).stdout.strip() == token
    rotated = segue("token", "--rotate", env=env).stdout.strip()
    assert rotated and rotated != token
    assert segue("token", env=env).stdout.strip() == rotated


def test_token_from_environment(tmp_path, database_url):
    env = environment(tmp_path, database_url, SEGUE_TOKEN="from-env-token-" + "e" * 32)
    assert segue("token", env=env).stdout.strip() == "from-env-token-" + "e" * 32
    refused = segue("token", "--rotate", env=env)
    assert refused.returncode != 0 and "SEGUE_TOKEN" in refused.stderr


def test_migrate_applies_then_reports_up_to_date(tmp_path, database_url):
    env = environment(tmp_path, database_url)
    first = segue("migrate", env=env)
    assert first.returncode == 0 and "0001_initial" in first.stdout
    again = segue("migrate", env=env)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_serve_prints_where_things_are_and_stops_on_sigterm(tmp_path, database_url):
    port = free_port()
    env = environment(tmp_path, database_url, SEGUE_PORT=str(port))
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        banner = [process.stdout.readline() for _ in range(3)]
        assert f"http://127.0.0.1:{port}" in banner[0]
        assert str(tmp_path / "data" / "token") in banner[1]
        with requests.get(f"http://127.0.0.1:{port}/api/health", timeout=5) as response:
            assert response.json()["status"] == "ok"
            assert "waitress" in response.headers.get("Server", "")
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert "Segue stopped." in output
    assert "Traceback" not in output


def test_backup_refuses_a_missing_database(tmp_path):
    env = environment(tmp_path, f"sqlite:///{tmp_path / 'absent.db'}")
    result = segue("backup", str(tmp_path / "copy.db"), env=env)
    assert result.returncode != 0
    assert "No database" in result.stderr


def test_serve_on_a_busy_port_says_so(tmp_path, database_url):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = environment(tmp_path, database_url, SEGUE_PORT=str(port))
        result = segue("serve", env=env, timeout=30)
    assert result.returncode != 0
    assert f"127.0.0.1:{port}" in result.stderr and "SEGUE_PORT" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://user:secret@127.0.0.1/segue", "SEGUE_DATABASE_URL must look like"),
        ("segue.db", "SEGUE_DATABASE_URL must look like"),
        ("postgresql://user:secret@127.0.0.1:1/segue", "Cannot open the database"),
        ("sqlite:////proc/no-such-dir/segue.db", "Cannot open the database"),
    ],
)
@pytest.mark.parametrize("command", [("migrate",), ("serve",), ("export",)])
def test_unusable_database_is_a_clear_error(tmp_path, url, says, command):
    result = segue(*command, env=environment(tmp_path, url, SEGUE_PORT=str(free_port())))
    assert result.returncode != 0
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr + result.stdout
