"""Time suggestion drafting in-process for a contact with a long profile and many talking points."""

import statistics
import time

from server.core.messages import MESSAGE_KINDS, TONES, suggest
from server.core.talking_points import derive_talking_points

ROUNDS = 300


def _profiles() -> tuple[dict, dict, list[dict]]:
    """A user and a contact with 20 positions, 5 schools and 10 talking points."""
    me = {
        "full_name": "Sam Viewer",
        "account_type": "free",
        "location": "Greater Boston",
        "schools": [{"school": "Univ. of Michigan – Ann Arbor", "start": "2008", "end": "2012"}],
        "employers": [{"company": "Contoso Ltd.", "start": "2014-01", "end": "2019-06"}],
        "interests": ["sailing", "marathons", "jazz", "beekeeping"],
    }
    companies = ["Contoso", "Fabrikam", "Litware", "Northwind Traders", "Tailspin Toys"]
    contact = {
        "id": 1,
        "full_name": "Priya Raman",
        "location": "Boston, Massachusetts, United States",
        "about": "I build data platform teams. Weekend sailor, beekeeper and marathoner. " * 8,
        "current_company": "Northwind Analytics",
        "positions": [
            {
                "title": f"Engineer {i}",
                "company": companies[i % len(companies)],
                "start": f"{2000 + i}-01",
                "end": None if i == 19 else f"{2001 + i}-06",
            }
            for i in range(20)
        ],
        "education": [
            {"school": school, "start": str(1995 + 2 * i), "end": str(1997 + 2 * i)}
            for i, school in enumerate(
                [
                    "University of Michigan",
                    "MIT Sloan",
                    "Stanford GSB",
                    "The Wharton School",
                    "Universidad de Buenos Aires",
                ]
            )
        ],
        "skills": ["Distributed Systems", "People Management", "Beekeeping"],
        "interests": ["Women in Data", "Sailing Club of Boston"],
    }
    derived = derive_talking_points(me, contact)
    manual = [
        {"kind": "interview", "text": "scaling the data platform team"},
        {"kind": "interview", "text": "their move to a data mesh"},
        {"kind": "article", "text": "The Rise of the Data Mesh", "url": "https://example.com/mesh"},
        {"kind": "custom", "text": "Her team is hiring two more engineers in spring"},
    ]
    points = [*derived, *manual][:10]
    while len(points) < 10:
        points.append({"kind": "custom", "text": f"Note number {len(points)} about the team"})
    points = [
        {"id": i + 1, "url": None, "evidence": None, "strength": None, "source": "manual", **p}
        for i, p in enumerate(points)
    ]
    return me, contact, points


def bench_suggestions() -> dict:
    """Median and 95th-percentile milliseconds to draft suggestions, one kind and tone a call."""
    me, contact, points = _profiles()
    calls = [(kind, tone) for kind in MESSAGE_KINDS for tone in TONES]
    for kind, tone in calls:
        suggest(kind, me=me, contact=contact, talking_points=points, tone=tone)
    timings = []
    for i in range(ROUNDS):
        kind, tone = calls[i % len(calls)]
        start = time.perf_counter()
        suggest(kind, me=me, contact=contact, talking_points=points, tone=tone)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    started = time.perf_counter()
    derive_talking_points(me, contact)
    derive_ms = (time.perf_counter() - started) * 1000
    return {
        "suggestions_median_ms": round(statistics.median(timings), 3),
        "suggestions_p95_ms": round(timings[int(len(timings) * 0.95) - 1], 3),
        "suggestions_target_median_ms": 5,
        "derive_talking_points_ms": round(derive_ms, 3),
        "talking_points": len(points),
        "positions": len(contact["positions"]),
        "schools": len(contact["education"]),
        "rounds": ROUNDS,
    }


if __name__ == "__main__":
    for name, value in bench_suggestions().items():
        print(f"{name}: {value}")
