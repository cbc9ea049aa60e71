"""Run the real server in its own process on a free loopback port (tests and benchmarks)."""

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-0123456789abcdef0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    port: int
    token: str
    data_dir: Path
    process: subprocess.Popen

    def session(self) -> requests.Session:
        """A requests session that sends the token, as the extension does."""
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.token}"
        return session


def start_server(data_dir: Path, database_url: str, *, token: str | None = TOKEN) -> LiveServer:
    """Run `segue serve` in its own process on a free loopback port and wait until it answers."""
    port = free_port()
    env = {
        **os.environ,
        "SEGUE_DATA_DIR": str(data_dir),
        "SEGUE_DATABASE_URL": database_url,
        "SEGUE_PORT": str(port),
    }
    env.pop("SEGUE_TOKEN", None)
    if token:
        env["SEGUE_TOKEN"] = token
    with open(data_dir / "server.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server", "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError((data_dir / "server.log").read_text())
        try:
            with requests.get(f"{url}/api/health", timeout=1) as response:
                if response.ok:
                    break
        except requests.ConnectionError:
            time.sleep(0.05)
    else:
        process.kill()
        raise RuntimeError("segue serve did not answer within 30 s")
    token = token or (data_dir / "token").read_text().strip()
    return LiveServer(url, port, token, data_dir, process)


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
