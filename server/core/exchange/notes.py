"""Notes for address books that have no place for talking points: the points go below them."""

import re

from server.core.talking_points import DISMISSED

POINTS_HEADING = "Talking points (Segue):"
# The kinds the user adds; the others are worked out again from the profile, so not re-read.
USER_KINDS = ("interview", "article", "custom")
_POINT_LINE = re.compile(r"^- \[(?P<kind>[a-z_]+)\] (?P<text>.*?)(?: <(?P<url>https?://\S+)>)?$")


def notes_with_points(notes: str, points: list[tuple]) -> str:
    """The user's notes followed by a readable list of the contact's talking points.

    Each point is (kind, text, url, source, topic), as the export gives them; the dismissed
    ones are left out.
    """
    shown = [(kind, text, url) for kind, text, url, source, _ in points if source != DISMISSED]
    if not shown:
        return notes
    lines = [POINTS_HEADING]
    for kind, text, url in shown:
        text = " ".join(text.split())
        url = f" <{url}>" if url else ""
        lines.append(f"- [{kind}] {text}{url}")
    return "\n\n".join(part for part in (notes, "\n".join(lines)) if part)


def split_points(text: str) -> tuple[str, list[dict]]:
    """Split what `notes_with_points` wrote back into notes and the user's own talking points."""
    head, found, tail = text.rpartition(POINTS_HEADING)
    if not found or (head and not head.endswith("\n")):
        return text, []
    points = []
    for line in tail.splitlines():
        match = _POINT_LINE.match(line.strip())
        if match and match["kind"] in USER_KINDS:
            points.append({"kind": match["kind"], "text": match["text"], "url": match["url"] or ""})
    return head.rstrip("\r\n"), points
