"""Reduce talking points to the words a message can use, dropping what cannot be said well."""

from dataclasses import dataclass, field

from server.core import wording
from server.core.fragments import (
    address_directly,
    clean_name,
    clean_phrase,
    clean_sentence,
    clean_url,
    looks_like_title,
)

FACT_KINDS = ("alma_mater", "employer", "interest", "location")
# Longest interview or article topic worth quoting; beyond it a sentence would drown.
_TOPIC_MAX = 120


@dataclass(frozen=True)
class Point:
    """A talking point reduced to what a sentence can use."""

    id: int | None
    kind: str
    reason: str
    facts: dict[str, list[str]] = field(default_factory=dict)
    topic: str | None = None
    title: str | None = None
    url: str | None = None
    sentence: str | None = None

    def reference(self) -> str:
        """How a sentence names this point's article."""
        return wording.article_reference(self.title, self.topic)

    def used_in(self, text: str) -> bool:
        """Tell whether a drafted text says something from this point."""
        marks = [self.topic, self.url, self.sentence, *sum(self.facts.values(), [])]
        # A clause may open a sentence, so its first letter's case does not count.
        text = text.casefold()
        return any(mark and mark.casefold() in text for mark in marks)


def _interest_words(interest: str) -> str:
    """An interest as it reads mid-sentence: "Sailing" → "sailing", "NBA" stays."""
    if interest[:1].isupper() and interest[1:].islower() and " " not in interest:
        return interest.lower()
    return interest


def _overlap_years(evidence: dict) -> tuple[int, int] | None:
    """The overlap years a derived point recorded, if they are sound."""
    years = evidence.get("overlap_years")
    if (
        isinstance(years, list | tuple)
        and len(years) == 2
        and all(isinstance(y, int) for y in years)
    ):
        return years[0], years[1]
    return None


def _fact_point(point_id: int | None, kind: str, evidence: dict) -> Point | None:
    """Turn a derived point's evidence into clauses for every tone."""
    years = _overlap_years(evidence)
    if kind == "alma_mater":
        school = clean_name(evidence.get("short") or evidence.get("school"), max_length=60)
        if not school:
            return None
        facts = {t: wording.school_facts(t, school, bool(years)) for t in wording.TONES}
        return Point(point_id, kind, f"Mentions that you both went to {school}.", facts)
    if kind == "employer":
        company = clean_name(evidence.get("company"), max_length=60)
        if not company:
            return None
        both_now = bool(evidence.get("mine_current") and evidence.get("theirs_current"))
        span = wording.years_phrase(*years) if years else None
        facts = {t: wording.employer_facts(t, company, span, both_now) for t in wording.TONES}
        when = f" {span}" if span and not both_now else ""
        return Point(point_id, kind, f"Mentions that you were both at {company}{when}.", facts)
    if kind == "interest":
        interest = clean_phrase(evidence.get("interest"), max_length=40, topic=False)
        if not interest:
            return None
        interest = _interest_words(interest)
        facts = {t: wording.interest_facts(t, interest) for t in wording.TONES}
        return Point(point_id, kind, f"Mentions your shared interest in {interest}.", facts)
    area = clean_name(evidence.get("area"), max_length=50)
    if not area:
        return None
    facts = {t: wording.location_facts(t, area) for t in wording.TONES}
    return Point(point_id, kind, f"Mentions that you’re both in {area}.", facts)


def prepare_point(point: dict, first: str = "") -> Point | None:
    """Reduce a talking point to usable wording, or None when nothing in it can be said well.

    first is the contact's first name, so a note about "Priya's team" becomes "your team".
    """
    if not isinstance(point, dict):
        return None
    kind = point.get("kind")
    point_id = point.get("id") if isinstance(point.get("id"), int) else None
    if kind in FACT_KINDS:
        evidence = point.get("evidence")
        return _fact_point(point_id, kind, evidence) if isinstance(evidence, dict) else None
    if kind == "interview":
        topic = clean_phrase(point.get("text"), max_length=_TOPIC_MAX)
        if not topic:
            return None
        topic = address_directly(topic, first)
        return Point(point_id, kind, f"Names what you discussed: {topic}.", topic=topic)
    if kind == "article":
        url = clean_url(point.get("url"))
        if not url:
            return None
        topic = clean_phrase(point.get("text"), max_length=_TOPIC_MAX)
        if topic and looks_like_title(topic):
            return Point(point_id, kind, "Passes on the article you saved.", title=topic, url=url)
        topic = address_directly(topic, first) if topic else None
        return Point(point_id, kind, "Passes on the article you saved.", topic=topic, url=url)
    if kind == "custom":
        sentence = clean_sentence(point.get("text"), max_length=_TOPIC_MAX)
        if not sentence:
            return None
        return Point(point_id, kind, "Uses the note you wrote.", sentence=sentence)
    return None
