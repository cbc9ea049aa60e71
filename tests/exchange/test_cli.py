"""`segue export` and `segue import`, run as the user runs them."""

import os
import subprocess
import sys

import vobject

from tests.conftest import ROOT
from tests.exchange.helpers import csv_rows
from tests.exchange.test_import_linkedin import FIXTURE


def segue(tmp_path, database_url, *args):
    env = {**os.environ, "SEGUE_DATA_DIR": str(tmp_path), "SEGUE_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "server", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
    )


def test_import_dry_run_then_import_then_export(tmp_path, database_url):
    dry = segue(tmp_path, database_url, "import", FIXTURE, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert b"would have 5 created" in dry.stdout
    empty = segue(tmp_path, database_url, "export")
    assert len(csv_rows(empty.stdout)) == 1

    done = segue(tmp_path, database_url, "import", FIXTURE)
    assert done.returncode == 0, done.stderr
    assert b"Imported 5 created, 0 updated, 1 skipped, 0 with errors" in done.stdout

    out = tmp_path / "google.csv"
    exported = segue(tmp_path, database_url, "export", "--format", "google", "-o", out)
    assert exported.returncode == 0, exported.stderr
    rows = csv_rows(out.read_bytes())
    assert rows[0][:3] == ["First Name", "Middle Name", "Last Name"]
    assert len(rows) == 6
    assert not (tmp_path / "google.csv.part").exists()


def test_export_to_a_vcf_file_writes_vcards(tmp_path, database_url):
    segue(tmp_path, database_url, "import", FIXTURE)
    out = tmp_path / "contacts.vcf"
    assert segue(tmp_path, database_url, "export", "-o", out).returncode == 0
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == 5


def test_unreadable_file_is_a_clear_error_not_a_traceback(tmp_path, database_url):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\n")
    result = segue(tmp_path, database_url, "import", bad)
    assert result.returncode == 1
    assert b"Unknown file format" in result.stderr
    assert b"Traceback" not in result.stderr


def test_bad_rows_are_listed_with_file_and_line(tmp_path, database_url):
    data = FIXTURE.read_bytes().replace(b"https://www.linkedin.com/in/chen-jie-88", b"not a url")
    bad = tmp_path / "Connections.csv"
    bad.write_bytes(data)
    result = segue(tmp_path, database_url, "import", bad)
    assert result.returncode == 0
    assert f"{bad}:8: URL: ".encode() in result.stderr
    assert b"4 created" in result.stdout
