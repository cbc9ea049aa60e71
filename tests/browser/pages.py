"""The fixture pages, what a capture of each must hold, and where the suite writes files."""

import json
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURES = ROOT / "tests" / "fixtures" / "linkedin"
SCREENSHOTS = ROOT / "docs"


def load_expectations() -> dict[str, dict]:
    """Every fixture page and what a capture of it must hold, keyed by file name."""
    pages = {}
    for name in ("expected.json", "extra.json"):
        pages.update(json.loads((FIXTURES / name).read_text(encoding="utf-8")))
    return pages


EXPECTED = load_expectations()


def slug_of(url: str) -> str:
    """The decoded, lower-case slug of a /in/<slug>/ URL, as the server keys contacts."""
    segment = urlsplit(url).path.split("/")[2]
    return unicodedata.normalize("NFC", unquote(segment)).lower()


PAGES_BY_SLUG = {slug_of(spec["url"]): name for name, spec in EXPECTED.items()}


def profile_url(name: str) -> str:
    """The https://www.linkedin.com/in/<slug>/ address a fixture page is served at."""
    return EXPECTED[name]["url"]
