"""The npm tools under tests/browser/node (esbuild, puppeteer-core, web-ext), for tests."""

import shutil
from pathlib import Path

from tests.browser.conftest import missing

NODE_TOOLS = Path(__file__).resolve().parent / "node"


def node_tools() -> Path:
    """The folder with the installed npm packages; skips (or fails in CI) when not installed."""
    if not shutil.which("node"):
        missing("Node.js is not installed (apt-get install nodejs)")
    if not (NODE_TOOLS / "node_modules" / ".package-lock.json").exists():
        missing("npm packages are not installed: run `npm ci` in tests/browser/node")
    return NODE_TOOLS
