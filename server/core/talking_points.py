"""Derive what the user and a contact share: schools, employers, interests and place."""

from collections.abc import Callable
from datetime import date

from server.core.companies import company_key, company_name
from server.core.interests import find_interest
from server.core.metros import same_metro
from server.core.schools import school_identity, school_phrase, with_article
from server.core.text import clean_spaces, first_name, fold, month_index, year_of

# Where a point comes from. A dismissed point is a derived one the user removed: it is kept
# only so that it is not derived again, and never shown.
DERIVED, MANUAL, DISMISSED = "derived", "manual", "dismissed"
TALKING_POINT_KINDS = (
    "interview",
    "alma_mater",
    "employer",
    "article",
    "followed",
    "interest",
    "location",
    "custom",
)
# Default strength per kind, in the same order, for points that carry none of their own.
KIND_STRENGTH = {
    "interview": 1.0,
    "alma_mater": 0.8,
    "employer": 0.7,
    "article": 0.6,
    "followed": 0.45,
    "interest": 0.45,
    "location": 0.3,
    "custom": 0.2,
}
_WHERE = {"about": "About", "skills": "Skills", "interests": "Interests"}
# The evidence naming what a derived point is about: the thing the two have in common.
_TOPIC_EVIDENCE = {
    "alma_mater": "school",
    "employer": "company",
    "interest": "interest",
    "location": "area",
    "followed": "name",
}
# What a contact follows that can match the user's background, and how strong a tie each is:
# following is weaker than having been there, so every one is below a shared school or job.
_FOLLOWED_STRENGTH = {"school": 0.5, "company": 0.4, "group": 0.45}


def _items(value) -> list[dict]:
    """The dicts in a list that may be missing or hold junk."""
    return [item for item in value or [] if isinstance(item, dict)]


def _text(value) -> str:
    """A field as one clean line of text, blank when missing."""
    return clean_spaces(value) if isinstance(value, str) else ""


def _years_text(first: int, last: int) -> str:
    """Say a span of years the way people do: "2018", "2017 and 2018", "2015–2019"."""
    if first == last:
        return f"in {first}"
    if last == first + 1:
        return f"in {first} and {last}"
    return f"from {first} to {last}"


def _school_years(entry: dict, this_year: int) -> tuple[int, int] | None:
    """The years someone was at a school, or None when the dates are unknown."""
    start = year_of(entry.get("start"))
    if start is None:
        return None
    end = year_of(entry.get("end"))
    if end is None:
        # No end year: a recent start means still studying; an old one means we don't know.
        end = this_year if start >= this_year - 5 else None
    return (start, end) if end is not None and start <= end else None


def _job_months(entry: dict, this_month: int) -> tuple[int, int] | None:
    """The months someone held a job; a missing end means they are still there."""
    start = month_index(entry.get("start"))
    if start is None:
        return None
    end = month_index(entry.get("end"), end=True) if entry.get("end") else this_month
    return (start, end) if end is not None and start <= end else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """The shared part of two spans, or None."""
    if a is None or b is None:
        return None
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def _merge(spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The smallest span covering several, or None when there are none."""
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def _both(first: str) -> str:
    """The subject of a sentence about the user and the contact."""
    return f"You and {first} both" if first else "You both"


def _school_points(me: dict, contact: dict, first: str, this_year: int) -> list[dict]:
    """One point per university the two of them attended."""
    points: dict[str, dict] = {}
    for theirs in _items(contact.get("education")):
        their_name = _text(theirs.get("school"))
        identity = school_identity(their_name) if their_name else None
        if identity is None or identity in points:
            continue
        for mine in _items(me.get("schools")):
            my_name = _text(mine.get("school"))
            if not my_name or school_identity(my_name) != identity:
                continue
            formal, short = school_phrase(my_name, their_name)
            years = _overlap(_school_years(mine, this_year), _school_years(theirs, this_year))
            if years:
                together = f"You and {first} were" if first else "You were"
                text = f"{together} both at {with_article(formal)} {_years_text(*years)}"
            else:
                text = f"{_both(first)} studied at {with_article(formal)}"
            points[identity] = {
                "kind": "alma_mater",
                "text": text + ".",
                "evidence": {
                    "school": formal,
                    "short": short,
                    "mine": my_name,
                    "theirs": their_name,
                    "overlap_years": list(years) if years else None,
                },
                "strength": 0.85 if years else KIND_STRENGTH["alma_mater"],
            }
            break
    return list(points.values())


def _contact_jobs(contact: dict) -> list[dict]:
    """The contact's positions, plus the current company when no position names it."""
    jobs = _items(contact.get("positions"))
    current = _text(contact.get("current_company"))
    if current and not any(
        company_key(_text(j.get("company"))) == company_key(current) for j in jobs
    ):
        jobs = [*jobs, {"company": current, "start": None, "end": None, "current": True}]
    return jobs


def _jobs_by_company(me: dict) -> dict[str, list[dict]]:
    """The user's jobs, grouped by the key of their company."""
    mine_by_key: dict[str, list[dict]] = {}
    for job in _items(me.get("employers")):
        key = company_key(_text(job.get("company")))
        if key:
            mine_by_key.setdefault(key, []).append(job)
    return mine_by_key


def _employer_points(me: dict, contact: dict, first: str, this_month: int) -> list[dict]:
    """One point per company both of them have worked at, with the years they overlapped."""
    mine_by_key = _jobs_by_company(me)
    theirs_by_key: dict[str, list[dict]] = {}
    for job in _contact_jobs(contact):
        key = company_key(_text(job.get("company")))
        if key in mine_by_key:
            theirs_by_key.setdefault(key, []).append(job)
    points = []
    for key, their_jobs in theirs_by_key.items():
        my_jobs = mine_by_key[key]
        spans = [
            span
            for mine in my_jobs
            for theirs in their_jobs
            if (span := _overlap(_job_months(mine, this_month), _job_months(theirs, this_month)))
        ]
        months = _merge(spans)
        years = (months[0] // 12, months[1] // 12) if months else None
        mine_current = any(not job.get("end") and job.get("start") for job in my_jobs)
        theirs_current = any(not job.get("end") for job in their_jobs)
        name = company_name(_text(their_jobs[0].get("company")))
        if mine_current and theirs_current:
            text = f"{_both(first)} work at {name}."
        elif years:
            together = f"You and {first} were" if first else "You were"
            text = f"{together} both at {name} {_years_text(*years)}."
        else:
            have = f"You and {first} have" if first else "You have"
            text = f"{have} both worked at {name}."
        points.append(
            {
                "kind": "employer",
                "text": text,
                "evidence": {
                    "company": name,
                    "mine": _text(my_jobs[0].get("company")),
                    "theirs": _text(their_jobs[0].get("company")),
                    "overlap_years": list(years) if years else None,
                    "mine_current": mine_current,
                    "theirs_current": theirs_current,
                },
                "strength": 0.75 if years else KIND_STRENGTH["employer"],
            }
        )
    return points


def _followed_entries(contact: dict) -> list[tuple[str, str]]:
    """What the contact follows, as (type, name): the capture keeps it by type."""
    capture = contact.get("capture")
    followed = contact.get("followed") or (
        capture.get("followed") if isinstance(capture, dict) else None
    )
    entries = [(_text(item.get("type")), _text(item.get("name"))) for item in _items(followed)]
    return [(kind, name) for kind, name in entries if kind in _FOLLOWED_STRENGTH and name]


def _follows(first: str) -> str:
    """The subject of a sentence about what the contact follows."""
    return f"{first} follows" if first else "They follow"


def _followed_school_points(me: dict, contact: dict, first: str) -> list[dict]:
    """One point per followed school the user attended and the contact did not.

    When both studied there, the shared school is the point already, and the stronger one.
    """
    attended = {
        school_identity(name)
        for entry in _items(contact.get("education"))
        if (name := _text(entry.get("school")))
    }
    points: dict[str, dict] = {}
    for kind, name in _followed_entries(contact):
        identity = school_identity(name) if kind == "school" else None
        if identity is None or identity in attended or identity in points:
            continue
        mine = next(
            (
                my_name
                for entry in _items(me.get("schools"))
                if (my_name := _text(entry.get("school"))) and school_identity(my_name) == identity
            ),
            None,
        )
        if mine is None:
            continue
        # What they follow, named as the school list names it; where the user studied may be
        # the university it belongs to (they follow Wharton, the user went to Penn).
        followed, short = school_phrase(name, name)
        school, _ = school_phrase(mine, name)
        where = "where you studied"
        if fold(school) != fold(followed):
            where = f"and you studied at {with_article(school)}"
        points[identity] = {
            "kind": "followed",
            "text": f"{_follows(first)} {with_article(followed)}, {where}.",
            "evidence": {
                "type": "school",
                "name": followed,
                "short": short,
                "school": school,
                "mine": mine,
                "theirs": name,
            },
            "strength": _FOLLOWED_STRENGTH["school"],
        }
    return list(points.values())


def _followed_company_points(me: dict, contact: dict, first: str) -> list[dict]:
    """One point per followed company the user works or worked at and the contact never did."""
    mine_by_key = _jobs_by_company(me)
    worked = {company_key(_text(job.get("company"))) for job in _contact_jobs(contact)}
    points: dict[str, dict] = {}
    for kind, name in _followed_entries(contact):
        key = company_key(name) if kind == "company" else ""
        if key not in mine_by_key or key in worked or key in points:
            continue
        my_jobs = mine_by_key[key]
        current = any(not job.get("end") and job.get("start") for job in my_jobs)
        company = company_name(name)
        where = "where you work" if current else "where you used to work"
        points[key] = {
            "kind": "followed",
            "text": f"{_follows(first)} {company}, {where}.",
            "evidence": {
                "type": "company",
                "name": company,
                "mine": _text(my_jobs[0].get("company")),
                "theirs": name,
                "mine_current": current,
            },
            "strength": _FOLLOWED_STRENGTH["company"],
        }
    return list(points.values())


def _followed_group_points(me: dict, contact: dict, first: str) -> list[dict]:
    """One point per followed group that is, or is about, one of the user's interests.

    "me" lists interests, not memberships, so a point never says the user is a member.
    """
    groups = [name for kind, name in _followed_entries(contact) if kind == "group"]
    points = []
    said, followed = set(), set()
    for interest in me.get("interests") or []:
        interest = _text(interest)
        if not interest or fold(interest) in said:
            continue
        group = next(
            (
                name
                for name in groups
                if name not in followed and find_interest(interest, {"interests": [name]})
            ),
            None,
        )
        if group is None:
            continue
        said.add(fold(interest))
        followed.add(group)
        same = fold(interest) == fold(group)
        tie = "one of your interests" if same else f"which fits your interest in {interest}"
        points.append(
            {
                "kind": "followed",
                "text": f"{_follows(first)} {group}, {tie}.",
                "evidence": {"type": "group", "name": group, "interest": interest, "same": same},
                # A group that is only about the interest is a looser tie than the one named.
                "strength": _FOLLOWED_STRENGTH["group"] if same else 0.4,
            }
        )
    return points


def _interest_points(me: dict, contact: dict, first: str, taken: set[str]) -> list[dict]:
    """One point per interest of the user's that the contact's profile shows too.

    An interest in `taken` (folded) is said already, by the group the contact follows.
    """
    points = []
    seen = set()
    for interest in me.get("interests") or []:
        interest = _text(interest)
        if not interest or interest.casefold() in seen or fold(interest) in taken:
            continue
        seen.add(interest.casefold())
        found = find_interest(interest, contact)
        if found is None:
            continue
        share = f"You and {first} share" if first else "You share"
        points.append(
            {
                "kind": "interest",
                "text": f"{share} an interest in {interest} ({_WHERE[found['found_in']]}: "
                f"“{found['matched']}”).",
                "evidence": {"interest": interest, **found},
                # A listed interest or group is a clearer signal than a word in the About.
                "strength": 0.5 if found["found_in"] == "interests" else 0.45,
            }
        )
    return points


def _location_points(me: dict, contact: dict, first: str) -> list[dict]:
    """A point when both live in the same metro area."""
    mine, theirs = _text(me.get("location")), _text(contact.get("location"))
    metro = same_metro(mine, theirs)
    if metro is None:
        return []
    subject = f"You and {first} are" if first else "You are"
    return [
        {
            "kind": "location",
            "text": f"{subject} both in {metro.area}.",
            "evidence": {"area": metro.area, "mine": mine, "theirs": theirs},
            "strength": KIND_STRENGTH["location"],
        }
    ]


def point_topic(point: dict) -> str:
    """What a derived point is about, however it is worded: "alma_mater:university of michigan".

    It stays the same when the years or the wording change, so the user's edit or removal of
    a point can hold for as long as the two still share that school, employer, interest or place.
    """
    evidence = point.get("evidence")
    key = _TOPIC_EVIDENCE.get(point["kind"])
    subject = evidence.get(key) if isinstance(evidence, dict) and key else None
    return f"{point['kind']}:{fold(subject if isinstance(subject, str) else point['text'])}"


def rank_key(point: dict) -> tuple:
    """Sort key putting the strongest talking point first: kind, then strength."""
    kind = point.get("kind")
    rank = (
        TALKING_POINT_KINDS.index(kind) if kind in TALKING_POINT_KINDS else len(TALKING_POINT_KINDS)
    )
    strength = point.get("strength")
    if not isinstance(strength, int | float):
        strength = KIND_STRENGTH.get(kind, 0.0)
    point_id = point.get("id")
    return rank, -strength, point_id if isinstance(point_id, int) else 0, point.get("text") or ""


def derive_talking_points(me: dict, contact: dict, *, today: date | None = None) -> list[dict]:
    """Ranked derived points, strongest first: [{"kind", "text", "evidence", "strength"}]."""
    me, contact = me or {}, contact or {}
    today = today or date.today()
    first = first_name(contact)
    groups = _followed_group_points(me, contact, first)
    points = [
        *_school_points(me, contact, first, today.year),
        *_employer_points(me, contact, first, today.year * 12 + today.month - 1),
        *_followed_school_points(me, contact, first),
        *_followed_company_points(me, contact, first),
        *groups,
        *_interest_points(me, contact, first, {fold(p["evidence"]["interest"]) for p in groups}),
        *_location_points(me, contact, first),
    ]
    return sorted(points, key=rank_key)


def sharing_with(me: dict) -> Callable[[dict], bool]:
    """A quick test, for many contacts, of whether a contact may share anything with `me`.

    When it says False, `derive_talking_points(me, contact)` is certainly empty; True only
    means it may not be. What `me` brings is worked out once: an import of 30,000 LinkedIn
    connections (a name, a company and a title each) spent most of its deriving on it.
    """
    me = me or {}
    has_schools = any(_text(school.get("school")) for school in _items(me.get("schools")))
    employers = {company_key(_text(job.get("company"))) for job in _items(me.get("employers"))}
    employers.discard("")
    has_interests = any(_text(interest) for interest in me.get("interests") or [])
    has_location = bool(_text(me.get("location")))

    def may_share(contact: dict) -> bool:
        contact = contact or {}
        if has_schools and _items(contact.get("education")):
            return True
        if (has_schools or has_interests or bool(employers)) and _followed_entries(contact):
            return True
        if has_interests and any(contact.get(key) for key in ("interests", "skills", "about")):
            return True
        if has_location and _text(contact.get("location")):
            return True
        if not employers:
            return False
        # Every company `_contact_jobs` could name, and perhaps one more: never too few.
        jobs = [*_items(contact.get("positions")), {"company": contact.get("current_company")}]
        return any(company_key(_text(job.get("company"))) in employers for job in jobs)

    return may_share
