"""The golden corpus: every case's drafts, read and approved, kept as text files to diff.

A change to wording shows as a diff of tests/core/golden/*.txt. After reading the new
drafts, regenerate them with:

    SEGUE_GOLDEN=write .venv/bin/python -m pytest tests/core/test_golden_corpus.py
"""

import os
from pathlib import Path

import pytest

from tests.core.golden.cases import CASES
from tests.core.golden.render import render

GOLDEN = Path(__file__).parent / "golden"


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_drafts_read_as_approved(name):
    text = render(name, CASES[name])
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("SEGUE_GOLDEN") == "write":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file for {name}; write it with SEGUE_GOLDEN=write"
    assert text == path.read_text(encoding="utf-8")
