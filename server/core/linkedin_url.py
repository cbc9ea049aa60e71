"""Normalise LinkedIn profile URLs so every way of writing one maps to one key."""

import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

CANONICAL_PREFIX = "https://www.linkedin.com/in/"

# www, the mobile site and two- or three-letter country subdomains (uk., de., ...).
_HOST = re.compile(r"^(?:(?:www|m|[a-z]{2,3})\.)?linkedin\.com$")
# Public profile slugs are letters (any script), digits, hyphens and underscores.
_SLUG = re.compile(r"^[\w-]{2,100}$")


class NotAProfileUrl(ValueError):
    """Raised for anything that is not a LinkedIn member profile URL."""


def normalize_profile_url(url: str) -> str:
    """Return the canonical `https://www.linkedin.com/in/<slug>/` form of a profile URL."""
    if not isinstance(url, str) or not url.strip():
        raise NotAProfileUrl("Not a LinkedIn profile URL.")
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError as error:
        raise NotAProfileUrl("Not a LinkedIn profile URL.") from error
    if parts.scheme.lower() not in ("http", "https"):
        raise NotAProfileUrl("A LinkedIn profile URL starts with https://.")
    if parts.username or parts.password or port not in (None, 80, 443):
        raise NotAProfileUrl("Not a LinkedIn profile URL.")
    if not _HOST.match((parts.hostname or "").lower()):
        raise NotAProfileUrl("Not a LinkedIn URL.")
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() != "in":
        raise NotAProfileUrl("A LinkedIn profile URL looks like linkedin.com/in/<name>.")
    slug = unicodedata.normalize("NFC", unquote(segments[1])).lower()
    if not _SLUG.match(slug):
        raise NotAProfileUrl("The profile name in the URL is not valid.")
    return f"{CANONICAL_PREFIX}{quote(slug, safe='-_')}/"


def profile_slug(url: str) -> str:
    """Return the readable (decoded) slug of a profile URL."""
    return unquote(normalize_profile_url(url)[len(CANONICAL_PREFIX) : -1])
