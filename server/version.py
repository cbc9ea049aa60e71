"""The installed version of Segue."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("segue")
except PackageNotFoundError:  # running from a checkout that was never installed
    VERSION = "0.0.0"
