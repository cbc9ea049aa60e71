"""The OpenAPI document is true: schemathesis, with every check it has, finds the server keeps it.

Every operation in the document is run (so a route added later is too), in each phase:
coverage (each constraint's edges, undeclared methods, missing headers), fuzzing (positive and
negative data) and stateful (links between operations). The checks include not_a_server_error,
so no input makes a 5xx; status codes, content types, headers and bodies must match what the
document says; data the document allows must be taken and data it forbids refused.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import server_with_own_database

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")
# Examples per operation in the fuzzing phase; coverage adds its own, a few dozen each.
MAX_EXAMPLES = 15


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory):
    """A server of its own: fuzzing deletes, rewrites "me" and fills the database."""
    with server_with_own_database(tmp_path_factory.mktemp("fuzzed-server")) as server:
        yield server


def test_every_operation_keeps_to_the_document(fuzzed_server):
    with fuzzed_server.session() as session:
        document = session.get(f"{fuzzed_server.url}/api/openapi.json", timeout=10).json()
    operations = [
        (method, path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "responses" in operation
    ]
    assert len(operations) >= 15
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "--no-color",
        "run",
        f"{fuzzed_server.url}/api/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {fuzzed_server.token}",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--workers",
        "1",
        "--suppress-health-check",
        "all",
    ]
    if os.environ.get("CI"):
        command += ["--seed", "7313"]  # the same cases every run, as the hypothesis CI profile
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-30_000:]
    assert f"Tested: {len(operations)}" in report, report[-5_000:]
