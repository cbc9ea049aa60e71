"""One data directory has one server: a second `segue serve` on it names the first and exits."""

import os
import signal
import subprocess
import sys

from tests.conftest import ROOT, free_port, start_server, stop_server


def second_serve(data_dir, database_url, port):
    env = {k: v for k, v in os.environ.items() if k != "SEGUE_TOKEN"}
    env.update(SEGUE_DATA_DIR=str(data_dir), SEGUE_DATABASE_URL=database_url, SEGUE_PORT=str(port))
    return subprocess.run(
        [sys.executable, "-m", "server", "serve"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )


def test_a_second_server_on_the_same_data_directory_names_the_first_and_exits(
    tmp_path, database_url
):
    first = start_server(tmp_path, database_url)
    try:
        result = second_serve(tmp_path, database_url, free_port())
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        [line] = [line for line in result.stderr.splitlines() if line.strip()]
        assert f"pid {first.process.pid}" in line
        assert f"127.0.0.1:{first.port}" in line
        assert str(tmp_path) in line
        assert result.stdout == ""
        # The first goes on serving.
        with first.session() as session:
            assert session.get(f"{first.url}/api/me", timeout=5).status_code == 200
    finally:
        stop_server(first)
    # Once it stopped, the directory is free again.
    again = start_server(tmp_path, database_url)
    stop_server(again)


def test_a_killed_server_leaves_no_lock_behind(tmp_path, database_url):
    first = start_server(tmp_path, database_url)
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=10)
    again = start_server(tmp_path, database_url)
    try:
        with again.session() as session:
            assert session.get(f"{again.url}/api/health", timeout=5).status_code == 200
    finally:
        stop_server(again)


def test_servers_on_different_data_directories_both_run(tmp_path, database_url):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = start_server(tmp_path / "a", database_url)
    try:
        other = start_server(tmp_path / "b", f"sqlite:///{tmp_path / 'b' / 'segue.db'}")
        stop_server(other)
    finally:
        stop_server(one)
