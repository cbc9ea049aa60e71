"""Links the pages hand to other programs: a mail client, a calendar."""

from urllib.parse import quote


def mailto(address: str | None, subject: str | None, body: str) -> str:
    """A mailto: link that opens a new email with this subject and body (RFC 6068)."""
    query = f"subject={quote(subject or '', safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(address or '', safe='@')}?{query}"
