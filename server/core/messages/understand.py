"""Understand talking points: who each is about, what it is, its topic words, said to "you".

A jotted interview note ("Loves golf - plays most Saturday mornings") becomes clauses a
sentence can hold ("you love golf and play most Saturday mornings"), a topic ("golf") and the
words an article must share to relate to it. A note that cannot be read is kept, quoted.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from server.core.messages import grammar
from server.core.messages.check import tone_warnings
from server.core.messages.clean import (
    clean_name,
    clean_phrase,
    clean_sentence,
    clean_url,
    looks_like_title,
)
from server.core.messages.shorthand import spell_out
from server.core.schools import with_article
from server.core.text import STOPWORDS, clean_spaces, fold, utf16_len, word_forms

DERIVED_KINDS = ("alma_mater", "employer", "followed", "interest", "location")
# What a contact may follow that a message can speak of.
FOLLOWED_TYPES = ("school", "group", "company")
# Longest note worth saying; beyond it a sentence would drown.
_NOTE_MAX = 120
# Where one jotted thought ends and the next begins: "Loves golf - plays Saturdays".
_SPLIT = re.compile(r"\s+[-–—]+\s+|\s*;\s*|\s*\.{2,}\s*|\s*…\s*|(?<=\w)[.!?]+\s+|\s+/\s+")
_SUBJECT_TEAM = {
    "team": "your team",
    "the team": "your team",
    "her team": "your team",
    "his team": "your team",
    "their team": "your team",
    "they": "your team",
    "your team": "your team",
    "your company": "your company",
    "company": "your company",
    "the company": "your company",
    "org": "your organisation",
    "the org": "your organisation",
    "group": "your group",
    "her group": "your group",
    "his group": "your group",
}
# -ing words that, opening a note about someone, tell what they are doing in their life.
_DOING = frozenset(
    "training preparing learning studying coaching volunteering relocating moving heading going "
    "taking starting writing teaching mentoring renovating building raising expecting "
    "planning running hiring".split()
)
# Nouns for what someone is: "huge Liverpool fan" → "you're a huge Liverpool fan".
_AGENT = frozenset(
    "fan fans lover enthusiast buff nerd geek junkie fanatic supporter alum alumnus alumna "
    "golfer runner marathoner cyclist climber swimmer sailor rower skier surfer hiker reader "
    "baker cook chef musician pianist guitarist drummer singer photographer gardener "
    "beekeeper dad mom mum parent father mother grandparent volunteer coach veteran "
    "native newcomer transplant manager mgr engineer director recruiter designer analyst "
    "founder scientist lead".split()
)
_ADJECTIVES = frozenset(
    "huge big massive avid keen die-hard diehard lifelong serious proud new former longtime "
    "long-time great passionate amateur hobby weekend enthusiastic".split()
)
_PREPOSITIONS = frozenset(
    "on in at with without for to from by of about during since through into onto over "
    "most every each next this last and but so when while because".split()
)
_QUESTION = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:asked|wanted\s+to\s+know|was\s+curious|curious|had\s+questions?"
    r"|questions?|q)(?:\s+me)?(?:\s+(about|on|how|why|what|whether|if|where|when|which))?\s+(.+)$",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"(?<![Tt]he )\b((?:[A-Z][\w’'-]*\s+){1,3})((?i:half marathon|marathon|triathlon|ironman|"
    r"ultra|10k|5k))\b"
)
# What people type before the topic itself: "We talked about the roadmap" → "the roadmap".
_LEAD_IN = re.compile(
    r"^(?:(?:we|i|they|she|he)\s+)?(?:talked|spoke|chatted|discussed|covered|went\s+over)"
    r"(?:\s+(?:about|on))?\s+",
    re.IGNORECASE,
)
# Notes to self at the start of a jotted thought: what follows is the topic.
_REMINDERS = frozenset("ask follow remember mention check discuss revisit todo".split())
_COMMON_FIRST = frozenset(
    "the a an how why what when where which who whether this that these those some more new "
    "next future plans plan team teams role roles work career data product design engineering "
    "hiring culture growth big".split()
)
# "X is Y", "X are Y": a statement about someone or something, said back as heard.
_STATEMENT = frozenset("is are was were has have".split())
_ADVERBS = frozenset("just recently also still finally currently now newly".split())
# "big on testing", "into climbing": what someone cares about.
_KEEN = re.compile(
    r"^(?:really\s+|very\s+|super\s+)?(big\s+on|into|keen\s+on|passionate\s+about|"
    r"obsessed\s+with|excited\s+about|a\s+fan\s+of)\s+\S",
    re.IGNORECASE,
)
_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)
# Words too common to tie an article to a note.
_GENERIC = STOPWORDS | frozenset(
    "love loves like enjoy play plays talk talked mention mentioned ask asked team work plan "
    "plans new big huge most next last every week weekend month year quarter morning thing "
    "lot really also just about more some very good great move moving everything".split()
)


@dataclass(frozen=True)
class Clause:
    """One thought from a note, as a sentence can say it to the contact.

    about: "them", "team", "me", "us" or "topic"; text is a clause ("you love golf",
    "your team is moving to Kubernetes"), a gerund phrase for "me"/"us" ("swapping starter
    tips", "asking about my dbt experience"), or a noun phrase for a topic.
    """

    about: str
    what: str
    text: str


@dataclass(frozen=True)
class Fact:
    """A talking point understood: what it is, how to say it, what it is about."""

    id: int | None
    kind: str
    what: str
    reason: str
    clauses: tuple[Clause, ...] = ()
    topic: str | None = None
    words: frozenset[str] = frozenset()
    name: str | None = None
    short: str | None = None
    together: bool = False
    years: str | None = None
    both_current: bool = False
    title: str | None = None
    url: str | None = None
    # For what the contact follows: the user's side of the tie when it is not the followed
    # thing itself (the university a followed school belongs to, the interest a group is
    # about), and whether the user works at a followed company now.
    tie: str | None = None
    mine_current: bool = False


def topic_words(text: str) -> frozenset[str]:
    """The stems of a text's meaningful words, to tell whether an article relates to a note."""
    words = set()
    for word in fold(text).split():
        if word not in _GENERIC and len(word) > 2 and not word.isdigit():
            words |= word_forms(word)
    return frozenset(words)


def _tidy(text: str) -> str:
    """A clause's words with shorthand spelled out and the note's own punctuation dropped."""
    text = spell_out(clean_spaces(text))
    text = _DOUBLED.sub(r"\1", re.sub(r"[!?]{2,}|!+$|[;]", " ", text))
    # Notes drop articles: "because team is small" → "because the team is small".
    text = re.sub(r"\b(because|and|but|so|since|as)\s+team\b", r"\1 the team", text)
    return clean_spaces(text).strip(' \t.,;:!?-–—"“”()')


def _events(text: str) -> str:
    """Name a race the way it is written: "Chicago marathon" → "the Chicago Marathon"."""

    def named(match: re.Match) -> str:
        words = [w[:1].upper() + w[1:] for w in match.group(1).split()]
        race = " ".join(w[:1].upper() + w[1:] for w in match.group(2).split())
        before = text[: match.start()].rstrip().lower()
        lead = "" if before.endswith((" a", " the", " my", " your")) else "the "
        return f"{lead}{' '.join(words)} {race}"

    return _EVENT.sub(named, text)


def _lower_first(words: list[str]) -> list[str]:
    """Lowercase a note's first word when it was only capitalised for starting the note.

    A name stays as typed ("Dana's team"), so only common words are lowered.
    """
    if not words or not (words[0][:1].isupper() and words[0][1:].islower()):
        return words
    lower = words[0].lower()
    if lower in STOPWORDS | _ADJECTIVES | _COMMON_FIRST or grammar.is_gerund(lower):
        return [lower, *words[1:]]
    return words


def _noun_phrase(words: list[str]) -> str:
    """The words up to the first preposition: the object of "love golf on weekends"."""
    out = []
    for word in words:
        if word.lower() in _PREPOSITIONS:
            break
        out.append(word)
    return " ".join(out)


def _verb_at(words: list[str], start: int) -> int | None:
    """Where the verb of "Her kids play soccer" is: after a short subject, with words after it.

    "kids & dogs" is no sentence, though "dogs" can be a verb, so a verb must not end the
    note or follow "and".
    """
    for i in range(start, min(start + 3, len(words) - 1)):
        if words[i - 1].lower() in ("and", "&", "or", "the", "a", "an", "of", "in", "at"):
            continue
        if grammar.is_finite(words[i]) and not words[i][:1].isupper():
            return i
    return None


def _them(words: list[str]) -> Clause | None:
    """A thought about the contact, with its verb said to "you"."""
    if _KEEN.match(" ".join(words)):
        return Clause("them", "fact", " ".join(["you’re", *grammar.address(_lower_first(words))]))
    lead = []
    if words[0].lower() in _ADVERBS and len(words) > 1:
        lead, words = [words[0].lower()], words[1:]
    head, rest = words[0], grammar.address(words[1:])
    lower = head.lower()
    if lower in ("are", "am"):
        return None
    verb = grammar.second_person(head)
    if verb and lead:
        return Clause("them", "fact", " ".join(["you", *lead, verb, *rest]))
    if lead:
        return None
    if lower in ("her", "his", "their", "your") and len(words) > 2:
        # "Her kids play soccer": a verb after the noun, with more after it ("kids & dogs" is
        # no sentence, though "dogs" can be a verb).
        noun = _verb_at(words, 2)
        if noun is not None:
            return Clause("them", "fact", " ".join(grammar.address(words)))
    if verb:
        if verb == "are":
            return Clause("them", "fact", " ".join(["you’re", *rest]))
        return Clause("them", "hobby", " ".join(["you", verb, *rest]))
    if lower in _DOING and grammar.is_gerund(head):
        return Clause("them", "plan", " ".join(["you’re", lower, *rest]))
    if lower in ("from", "originally") or (lower == "grew" and rest[:1] == ["up"]):
        return Clause("them", "fact", " ".join(["you’re", lower, *rest]))
    agent = next((i for i, w in enumerate(words[:5]) if w.lower() in _AGENT), None)
    after = words[agent + 1].lower() if agent is not None and agent + 1 < len(words) else ""
    if agent is not None and after and after not in ("of", "from", "at", "in", "and", "since"):
        agent = None
    if agent is not None and words[0].lower() in ("the", "a", "an", "my", "our"):
        agent = None
    if agent is not None and not any(
        grammar.second_person(w) or w.lower() in _PREPOSITIONS for w in words[:agent]
    ):
        phrase = " ".join(_lower_first(grammar.address(words)))
        plural = words[agent].lower().endswith("s") and words[agent].lower() != "alumnus"
        return Clause(
            "them", "fact", f"you’re {phrase}" if plural else f"you’re {grammar.indefinite(phrase)}"
        )
    return None


def _team(words: list[str]) -> Clause | None:
    """A thought about the contact's team or company: "team moving everything to k8s"."""
    for size in (2, 1):
        key = " ".join(words[:size]).lower()
        if key in _SUBJECT_TEAM and len(words) > size:
            subject, rest = _SUBJECT_TEAM[key], words[size:]
            head = rest[0].lower()
            if grammar.is_gerund(head):
                verb = ["is", head]
            elif head in ("are", "were", "have"):
                verb = [{"are": "is", "were": "was", "have": "has"}[head]]
            elif head in ("is", "was", "has") or grammar.second_person(head):
                verb = [head]
            else:
                return None
            return Clause("team", "plan", " ".join([subject, *verb, *rest[1:]]))
    return None


def _question(text: str) -> Clause | None:
    """A question they asked: "asked about my dbt experience" → "asking about my dbt experience"."""
    match = _QUESTION.match(text)
    if not match:
        return None
    link, rest = (match.group(1) or "about").lower(), match.group(2)
    words = grammar.address(rest.split())
    return Clause("me", "question", " ".join(["asking", link, *words]))


def _us(words: list[str]) -> Clause | None:
    """Something both did or share: "we swapped starter tips" → "swapping starter tips"."""
    lower = [w.lower() for w in words]
    if lower[0] == "both":
        lower, words = ["we", *lower], ["we", *words]
    if lower[0] != "we" or len(words) < 2:
        return None
    rest = words[1:]
    if rest[0].lower() == "both":
        return Clause("us", "shared", " ".join(["we", *grammar.address(rest)]))
    if grammar.verb_lemma(rest[0], "VBD") or rest[0].lower() in ("got", "went", "had"):
        ing = grammar.gerund(rest[0])
        if ing:
            return Clause("us", "moment", " ".join([ing, *grammar.address(rest[1:])]))
    return None


def _me(words: list[str]) -> Clause | None:
    """Something the user told them: "I told her about my time at Stripe"."""
    if words[0].lower() != "i" or len(words) < 3:
        return None
    if grammar.verb_lemma(words[1], "VBD"):
        ing = grammar.gerund(words[1])
        if ing:
            return Clause("me", "moment", " ".join([ing, *grammar.address(words[2:])]))
    return None


def _pronoun_subject(words: list[str], first: str) -> list[str] | None:
    """The words after "she", "he" or the contact's name opening a note, else None."""
    lower = words[0].lower()
    if lower in ("she", "he") or (first and words[0] == first):
        return words[1:] or None
    return None


def _topic_words(words: list[str]) -> list[str]:
    """The subject of a jotted statement: "Q3 launch = big deal" → "the Q3 launch".

    A reminder to oneself ("ask about budget") keeps only what it is about.
    """
    lower = [w.lower() for w in words]
    if lower[0] in _REMINDERS:
        rest = words[2:] if lower[1:2] == ["up"] else words[1:]
        if rest and rest[0].lower() in ("about", "on", "re", "into"):
            rest = rest[1:]
        return rest
    cut = next((i for i, w in enumerate(lower) if w == "="), None)
    if cut:
        subject = words[:cut]
        if subject[0].lower() not in ("the", "a", "an", "my", "your", "our", "how", "why", "what"):
            subject = ["the", *_lower_first(subject)]
        return subject
    return [w for w in words if not all(unicodedata.category(c).startswith("P") for c in w)]


def read_clause(text: str, first: str) -> Clause | None:
    """Understand one jotted thought, or None when it cannot be said well."""
    text = _tidy(text)
    if first:
        text = re.sub(rf"\b{re.escape(first)}[’']s\b", "your", text)
    text = re.sub(r"\b(she|he)[’']s\b", r"\1 is", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(they)[’']re\b", r"\1 are", text, flags=re.IGNORECASE)
    text = _events(text)
    while (shorter := _LEAD_IN.sub("", text)) != text:
        text = shorter
    words = text.split()
    if not words or not any(c.isalpha() for c in text):
        return None
    if question := _question(text):
        return question
    for read in (_us, _me, _team):
        if clause := read(words):
            return clause
    after = _pronoun_subject(words, first)
    if after is not None:
        clause = _them(after)
        if clause is None and len(after) >= 2 and after[0].lower() == "is":
            clause = Clause("them", "fact", " ".join(["you’re", *grammar.address(after[1:])]))
        return clause or Clause("topic", "quote", f"“{text}”")
    if clause := _them(words):
        return clause
    while words and words[0].lower() in ("because", "since", "so", "and", "but"):
        words = words[1:]
    if not words:
        return None
    verb = next((i for i, w in enumerate(words[:5]) if w.lower() in _STATEMENT), None)
    if verb is None and len(words) > 2 and words[0].lower() not in ("how", "why", "what"):
        # Without a tagger "work" or "wind" may be a verb, so only a name or a person
        # ("Priya wants …", "manager wants …") is taken as the subject of a statement.
        if grammar.verb_lemma(words[1], "VBZ") and (
            (words[0][:1].isupper() and words[0].lower() not in _COMMON_FIRST)
            or words[0].lower() in _AGENT
        ):
            verb = 1
            if words[0].islower():
                words = ["the", *words]
    if verb and "=" not in words and words[0].lower() not in ("how", "why", "what", "whether"):
        said = " ".join(_lower_first(grammar.address(words)))
        return Clause("team", "statement", said)
    words = _topic_words(words)
    if not words:
        return None
    phrase = clean_phrase(" ".join(grammar.address(words)), max_length=_NOTE_MAX)
    if phrase is None:
        return None
    if words[0].lower() in ("i", "we"):
        return Clause("topic", "quote", f"“{phrase}”")
    return Clause("topic", "topic", phrase)


def _join(clauses: list[Clause]) -> list[Clause]:
    """Merge thoughts about them that follow each other: "you love golf and play Saturdays"."""
    out: list[Clause] = []
    for clause in clauses:
        prev = out[-1] if out else None
        if (
            prev
            and prev.about == clause.about == "them"
            and clause.text.startswith("you ")
            and utf16_len(prev.text) + utf16_len(clause.text) <= 80
        ):
            out[-1] = Clause("them", prev.what, f"{prev.text} and {clause.text[4:]}")
        elif (
            prev
            and prev.about == "topic" == clause.about
            and utf16_len(prev.text) + utf16_len(clause.text) <= 80
        ):
            out[-1] = Clause("topic", prev.what, f"{prev.text} and {clause.text}")
        else:
            out.append(clause)
    return out


def _topic_of(clause: Clause) -> str | None:
    """What a thought is about, short enough for a subject line or "a piece on …"."""
    words = clause.text.split()
    if clause.about == "topic":
        return clause.text
    if clause.about == "team":
        text = clause.text
        match = re.search(r"\b(?:moving|migrating)\b.*?\bto\s+(.+)$", text)
        if match:
            target = _noun_phrase(match.group(1).split())
            return f"the move to {target}" if target else None
        return None
    if clause.what == "question":
        return _noun_phrase(words[2:]) or None if words[1] == "about" else None
    if clause.about == "them":
        if words[0] not in ("you", "you’re") or (len(words) > 1 and words[1] in _ADVERBS):
            return None
        rest = words[1:] if words[0] == "you’re" else words[2:]
        if words[0] == "you’re":
            agent = next((i for i, w in enumerate(rest) if w.lower() in _AGENT), None)
            if rest and rest[0].lower() in _DOING:
                after = rest[1:]
                if after and after[0].lower() in ("for", "to", "on", "in"):
                    return _noun_phrase(after[1:]) or None
                return _noun_phrase(after) or None
            if agent is not None:
                named = [w for w in rest[:agent] if w.lower() not in _ADJECTIVES | {"a", "an"}]
                return " ".join(named) or None
            return None
        obj = _noun_phrase(rest)
        if obj and obj.lower() not in ("a", "an", "the", "it"):
            return obj
        return grammar.gerund(words[1])
    if clause.about in ("us", "me") and clause.what == "moment":
        obj = _noun_phrase(words[1:])
        return obj if obj and obj.lower() not in ("you", "a", "the") else None
    return None


def _comma_parts(part: str) -> list[str]:
    """Split at a comma that starts a new thought: "eng mgr, wants people who …"."""
    pieces = [p.strip() for p in part.split(", ")]
    out = [pieces[0]]
    for piece in pieces[1:]:
        head = piece.split(" ", 1)[0]
        if head.lower() in ("she", "he", "they", "we") or grammar.verb_lemma(head, "VBZ"):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]}, {piece}"
    return out


def read_note(text, first: str = "") -> tuple[Clause, ...]:
    """Every thought in a jotted note, each said to the contact; () when none can be."""
    if not isinstance(text, str) or utf16_len(text) > 400:
        return ()
    return _read_note(text, first)


# The same notes are drafted from again and again (every kind, tone and variant).
@lru_cache(maxsize=8192)
def _read_note(text: str, first: str) -> tuple[Clause, ...]:
    """read_note for a string, remembered."""
    # A placeholder left in the note ("[topic]") is not a topic, so it is refused.
    if tone_warnings(re.sub(r"!{2,}", "!", text)):
        return ()
    kept = _read_parts(text, first, every_comma=False)
    # A long list of thoughts run together with commas is read one piece at a time.
    return kept or _read_parts(text, first, every_comma=True)


def _read_parts(text: str, first: str, *, every_comma: bool) -> tuple[Clause, ...]:
    """The thoughts of a note, split at dashes and stops, and at commas that start one."""
    parts = [
        piece
        for part in _SPLIT.split(clean_spaces(text))
        if part and part.strip()
        for piece in (part.split(", ") if every_comma else _comma_parts(part))
    ]
    clauses = [c for c in (read_clause(p, first) for p in parts) if c is not None]
    clauses = [c for c in _join(clauses) if not tone_warnings(c.text)]
    # A long note keeps its first thoughts, as many as a sentence can carry.
    kept: list[Clause] = []
    for clause in clauses[:2]:
        if sum(utf16_len(c.text) for c in [*kept, clause]) > _NOTE_MAX:
            break
        kept.append(clause)
    return tuple(kept)


def _years(evidence: dict) -> tuple[int, int] | None:
    """The overlap years a derived point recorded, if they are sound."""
    years = evidence.get("overlap_years")
    if (
        isinstance(years, list | tuple)
        and len(years) == 2
        and all(isinstance(y, int) for y in years)
    ):
        return years[0], years[1]
    return None


def _interest_words(interest: str) -> str:
    """An interest as it reads mid-sentence: "Sailing" → "sailing", "NBA" stays."""
    if interest[:1].isupper() and interest[1:].islower() and " " not in interest:
        return interest.lower()
    return interest


def _followed(point_id: int | None, evidence: dict) -> Fact | None:
    """Something the contact follows that ties to the user's school, interest or employer."""
    what = evidence.get("type")
    name = clean_name(evidence.get("name"), max_length=60)
    if what not in FOLLOWED_TYPES or not name:
        return None
    tie = None
    if what == "school":
        name = with_article(name)
        school = clean_name(evidence.get("school"), max_length=60)
        if school and fold(school) != fold(evidence.get("name") or ""):
            tie = with_article(school)
        short = clean_name(evidence.get("short"), max_length=40)
        reason = f"Mentions that they follow {name}, where you studied."
    elif what == "group":
        interest = clean_phrase(evidence.get("interest"), max_length=40, topic=False)
        if not interest:
            return None
        if not evidence.get("same"):
            tie = _interest_words(interest)
        short = None
        reason = f"Mentions that they follow {name}, which matches your interests."
    else:
        short = None
        reason = f"Mentions that they follow {name}, where you have worked."
    return Fact(
        point_id,
        "followed",
        what,
        reason,
        name=name,
        short=short if short and short != name else None,
        tie=tie,
        mine_current=bool(evidence.get("mine_current")),
        words=topic_words(f"{name} {tie or ''}"),
    )


def _derived(point_id: int | None, kind: str, evidence: dict) -> Fact | None:
    """A fact both share, from a derived point's evidence."""
    if kind == "followed":
        return _followed(point_id, evidence)
    years = _years(evidence)
    if kind == "alma_mater":
        school = clean_name(evidence.get("short") or evidence.get("school"), max_length=60)
        if not school:
            return None
        return Fact(
            point_id,
            kind,
            "school",
            f"Mentions that you both went to {school}.",
            name=school,
            together=bool(years),
            words=topic_words(school),
        )
    if kind == "employer":
        company = clean_name(evidence.get("company"), max_length=60)
        if not company:
            return None
        both_now = bool(evidence.get("mine_current") and evidence.get("theirs_current"))
        span = grammar.years_phrase(*years) if years and not both_now else None
        when = f" {span}" if span else ""
        return Fact(
            point_id,
            kind,
            "employer",
            f"Mentions that you were both at {company}{when}.",
            name=company,
            years=span,
            both_current=both_now,
            words=topic_words(company),
        )
    if kind == "interest":
        interest = clean_phrase(evidence.get("interest"), max_length=40, topic=False)
        if not interest:
            return None
        interest = _interest_words(interest)
        return Fact(
            point_id,
            kind,
            "interest",
            f"Mentions your shared interest in {interest}.",
            name=interest,
            topic=interest,
            words=topic_words(interest),
        )
    area = clean_name(evidence.get("area"), max_length=50)
    if not area:
        return None
    return Fact(point_id, kind, "location", f"Mentions that you’re both in {area}.", name=area)


def _article(point_id: int | None, point: dict, first: str) -> Fact | None:
    """An article to pass on: its link, and its title or what it is about."""
    url = clean_url(point.get("url"))
    if not url:
        return None
    text = point.get("text")
    phrase = clean_phrase(spell_out(text), max_length=_NOTE_MAX) if isinstance(text, str) else None
    reason = "Passes on the article you saved."
    # People save an article under its headline, in title or sentence case.
    typed = clean_spaces(text) if isinstance(text, str) else ""
    if phrase and (looks_like_title(phrase) or (typed[:1].isupper() and len(phrase.split()) >= 3)):
        phrase = phrase[:1].upper() + phrase[1:]
        return Fact(
            point_id, "article", "article", reason, title=phrase, url=url, words=topic_words(phrase)
        )
    if phrase:
        phrase = " ".join(grammar.address(phrase.split()))
    return Fact(
        point_id,
        "article",
        "article",
        reason,
        topic=phrase,
        url=url,
        words=topic_words(phrase or ""),
    )


def understand(point: dict, first: str = "") -> Fact | None:
    """A talking point understood, or None when nothing in it can be said well.

    first is the contact's first name, so "Priya's team" becomes "your team".
    """
    if not isinstance(point, dict):
        return None
    kind = point.get("kind")
    point_id = point.get("id") if isinstance(point.get("id"), int) else None
    if kind in DERIVED_KINDS:
        evidence = point.get("evidence")
        return _derived(point_id, kind, evidence) if isinstance(evidence, dict) else None
    if kind == "article":
        return _article(point_id, point, first)
    if kind not in ("interview", "custom"):
        return None
    clauses = read_note(point.get("text"), first)
    if not clauses:
        return None
    lead = clauses[0]
    topic = next((t for c in clauses if (t := _topic_of(c))), None)
    if topic and utf16_len(topic) > 60:
        topic = None
    words = topic_words(" ".join(c.text for c in clauses))
    reason = (
        f"Names what you discussed: {lead.text}."
        if lead.about == "topic"
        else f"Says what came up in the interview: {' / '.join(c.text for c in clauses)}."
    )
    if kind == "custom":
        reason = "Uses the note you wrote."
        if lead.about == "topic" and lead.what == "topic":
            # A note the user wrote as a sentence of their own is said as they wrote it.
            sentence = clean_sentence(spell_out(point.get("text")), max_length=_NOTE_MAX)
            if sentence is None:
                return None
            return Fact(point_id, kind, "note", reason, (Clause("note", "sentence", sentence),))
    return Fact(point_id, kind, lead.what, reason, clauses, topic, words)
