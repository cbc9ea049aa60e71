"""A fault at start-up is one clear line naming the path and what to do, never a traceback.

Each test runs the real `segue` command in its own process.
"""

import os
import shutil
import stat
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TOKEN, free_port
from tests.server.test_cli import environment, segue

# migrate needs no token, so only these two read it.
COMMANDS = [("serve",), ("token",)]


def one_line_fault(result) -> str:
    """The one line a failed command printed, after checking it failed cleanly."""
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def without_override(command: list[str]) -> list[str]:
    """Run as root without the power to write anywhere, so a read-only directory stays so."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a directory cannot be made read-only")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--", *command]


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def run(tmp_path, database_url, *args, **extra):
    env = environment(tmp_path, database_url, SEGUE_PORT=str(free_port()), **extra)
    return segue(*args, env=env, timeout=20)


@pytest.mark.parametrize("command", [("serve",), ("migrate",)])
def test_a_read_only_data_directory_is_one_line(tmp_path, data_dir, command):
    data_dir.chmod(0o500)
    env = environment(tmp_path, f"sqlite:///{data_dir / 'segue.db'}", SEGUE_PORT=str(free_port()))
    try:
        result = subprocess.run(
            without_override([sys.executable, "-m", "server", *command]),
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=20,
        )
    finally:
        data_dir.chmod(0o700)
    line = one_line_fault(result)
    assert str(data_dir) in line
    assert "SEGUE_DATA_DIR" in line and "writ" in line


@pytest.mark.parametrize("command", COMMANDS)
def test_a_token_path_that_is_a_directory_is_one_line(tmp_path, data_dir, database_url, command):
    (data_dir / "token").mkdir()
    line = one_line_fault(run(tmp_path, database_url, *command))
    assert str(data_dir / "token") in line
    assert "directory" in line and "remove" in line.lower()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_token_file_with_binary_bytes_is_one_line(tmp_path, data_dir, database_url, command):
    token_file = data_dir / "token"
    token_file.write_bytes(b"\xff\xfe\x00\x81binary" * 8)
    token_file.chmod(0o600)
    line = one_line_fault(run(tmp_path, database_url, *command))
    assert str(token_file) in line
    assert "segue token --rotate" in line


@pytest.mark.parametrize("command", COMMANDS)
def test_a_short_token_in_the_file_is_refused(tmp_path, data_dir, database_url, command):
    token_file = data_dir / "token"
    token_file.write_text("x" * 31 + "\n")
    token_file.chmod(0o600)
    line = one_line_fault(run(tmp_path, database_url, *command))
    assert str(token_file) in line
    assert "32 characters" in line and "segue token --rotate" in line


@pytest.mark.parametrize("command", COMMANDS)
def test_a_short_token_in_the_environment_is_refused(tmp_path, database_url, command):
    line = one_line_fault(run(tmp_path, database_url, *command, SEGUE_TOKEN="s" * 31))
    assert "SEGUE_TOKEN" in line and "32 characters" in line


def test_a_token_file_others_can_read_is_made_private_with_a_warning(
    tmp_path, data_dir, database_url
):
    token_file = data_dir / "token"
    token_file.write_text(TOKEN + "\n")
    token_file.chmod(0o644)
    result = run(tmp_path, database_url, "token")
    assert result.returncode == 0
    assert result.stdout.strip() == TOKEN
    [warning] = [line for line in result.stderr.splitlines() if line.strip()]
    assert str(token_file) in warning and "0600" in warning
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    again = run(tmp_path, database_url, "token")
    assert again.returncode == 0 and again.stderr == ""
