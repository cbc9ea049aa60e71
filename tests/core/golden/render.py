"""Render a golden case as the text a person reads: who, what was noted, and every draft."""

from datetime import date

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.core.talking_points import derive_talking_points

TODAY = date(2026, 12, 1)


def points_of(case: dict) -> list[dict]:
    """The case's points as the store hands them over: derived ones, then the user's."""
    derived = derive_talking_points(case["me"], case["contact"], today=TODAY)
    manual = [
        {"url": None, **p, "source": "manual", "evidence": None, "strength": None}
        for p in case["points"]
    ]
    derived = [{**p, "source": "derived"} for p in derived]
    return [{"url": None, **p, "id": i + 1} for i, p in enumerate([*derived, *manual])]


def today_of(case: dict):
    """The day the drafts are written: the case's own, else the interview day itself."""
    if "today" in case:
        return case["today"]
    return case["context"]["interview"]["on"] if case["context"] else None


def _header(name: str, case: dict, points: list[dict]) -> list[str]:
    contact = case["contact"]
    lines = [f"# {name}", f"Contact: {contact['full_name']} ({contact.get('current_company')})"]
    if contact.get("preferred_channel"):
        lines.append(f"Prefers: {contact['preferred_channel']}")
    lines.append("Points:" if points else "Points: none")
    for p in points:
        url = f" <{p['url']}>" if p.get("url") else ""
        lines.append(f"  {p['id']}. {p['kind']} ({p['source']}): {p['text']}{url}")
    ctx = case["context"]
    if ctx:
        opp, interview = ctx["opportunity"], ctx["interview"]
        touches = ", ".join(t["kind"] for t in ctx["touches"]) or "none"
        lines.append(
            f"Context: {opp['role']} at {opp['company']} ({opp['status']}); "
            f"timeframe “{interview['timeframe']}”; sent so far: {touches}"
        )
    else:
        lines.append("Context: none")
    if today_of(case):
        lines.append(f"Written on: {today_of(case):%a %d %b %Y}")
    return lines


def render(name: str, case: dict) -> str:
    """Every kind and tone of the top draft for one case."""
    points = points_of(case)
    lines = _header(name, case, points)
    for kind in MESSAGE_KINDS:
        for tone in TONES:
            drafts = suggest(
                kind,
                me=case["me"],
                contact=case["contact"],
                talking_points=points,
                tone=tone,
                count=1,
                context=case["context"],
                today=today_of(case),
            )
            lines += ["", f"== {kind} · {tone} =="]
            if not drafts:
                lines.append("(no draft)")
                continue
            [top] = drafts
            if top["subject"]:
                lines.append(f"Subject: {top['subject']}")
            lines.append(f"Points used: {top['talking_points']}")
            lines.append(top["text"])
    return "\n".join(lines) + "\n"
