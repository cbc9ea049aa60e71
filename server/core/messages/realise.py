"""Realise: the sentences of each move of a planned message, per tone, richest phrasing first.

Phrases, not sentences with holes: a clause from understanding ("you love golf") is set into
a frame that fits it ("You mentioned you love golf"), shared facts are joined into one
sentence, and "small world" or "also" are said only where the plan puts them.
"""

import re

from server.core.messages.grammar import cap, join_and
from server.core.messages.understand import Clause, Fact

WARM, PROFESSIONAL, BRIEF = "warm", "professional", "brief"
TONES = (WARM, PROFESSIONAL, BRIEF)


def _by_tone(tone: str, warm: list[str], professional: list[str], brief: list[str]) -> list[str]:
    """The phrasings of one tone, without repeats."""
    return list(dict.fromkeys({WARM: warm, PROFESSIONAL: professional, BRIEF: brief}[tone]))


def greeting(tone: str, first: str, *, email: bool) -> str:
    """The salutation, with the contact's first name when there is one."""
    if tone == PROFESSIONAL:
        word = "Dear" if email else "Hello"
        return f"{word} {first}," if first else "Hello,"
    return f"Hi {first}," if first else "Hi there,"


# -- what came up in the interview -------------------------------------------------------


def _heard(clause: Clause) -> str:
    """A clause as the object of "hearing": "that you love golf", "about the roadmap"."""
    if clause.about in ("them", "team"):
        return f"that {clause.text}"
    return f"about {clause.text}"


_TITLE = re.compile(
    r"^you’re an? (?:[\w-]+ ){0,2}(?:manager|engineer|director|lead|designer|analyst|recruiter"
    r"|scientist|architect|founder|head)$"
)
_DETERMINED = re.compile(
    r"^(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|how|what|why|when"
    r"|where|which|who|whether|\w+ing)\b",
    re.IGNORECASE,
)


def pair(fact: Fact) -> tuple[Clause, Clause | None]:
    """A point's first thought and, when there is one, its second.

    A note jotting down their job ("eng mgr, wants …") is not news to them, so "you’re an
    engineering manager" gives way to what follows it.
    """
    lead, more = fact.clauses[0], (fact.clauses[1] if len(fact.clauses) > 1 else None)
    if more is not None and _TITLE.match(lead.text):
        return more, None
    return lead, more


def _the(text: str) -> str:
    """A bare topic of several words as a noun phrase: "Q3 launch" → "the Q3 launch"."""
    if " " not in text or _DETERMINED.match(text):
        return text
    return f"the {text}"


def _second(clause: Clause | None) -> str:
    """A second thought joined on after the first: ", and swapping starter tips"."""
    if clause is None:
        return ""
    if clause.about in ("us", "me") and clause.what in ("moment", "question"):
        return f", and {clause.text}" if clause.what == "moment" else ""
    if clause.about in ("them", "team"):
        return f", and that {clause.text}"
    if clause.about == "us":
        return f", and that {clause.text}"
    return f", and about {_the(clause.text)}"


def conversation(tone: str, clause: Clause) -> str:
    """What the talk was about, as a noun phrase: "our conversation about the roadmap"."""
    return {
        WARM: f"our conversation about {clause.text}",
        PROFESSIONAL: f"our discussion of {clause.text}",
        BRIEF: f"our talk about {clause.text}",
    }[tone]


def is_topic(fact: Fact | None) -> bool:
    """Tell whether a point is a subject of the conversation rather than a thing they said."""
    return bool(fact and fact.clauses and fact.clauses[0].about == "topic")


def mention(tone: str, fact: Fact, *, also: bool) -> list[str]:
    """A note sentence saying what came up, to the contact: "You mentioned you love golf"."""
    lead, more = pair(fact)
    also_word = " also" if also else ""
    if lead.about == "note":
        return [lead.text]
    if lead.what == "question":
        asked = lead.text
        return _by_tone(
            tone,
            [f"Thanks{', too,' if also else ''} for {asked}.", f"Thanks for {asked}."],
            [f"Thank you{' also' if also else ''} for {asked}.", f"Thank you for {asked}."],
            [f"Thanks for {asked}."],
        )
    if lead.about in ("us", "me"):
        text = lead.text
        if lead.what == "shared":
            return _by_tone(
                tone,
                [f"It was fun to find out {text}."],
                [f"I was glad to learn that {text}."],
                [f"Fun to find out {text}."],
            )
        return _by_tone(
            tone,
            [f"I{also_word} enjoyed {text}."],
            [f"I{also_word} enjoyed {text}."],
            [f"I{also_word} enjoyed {text}."],
        )
    if lead.about == "topic":
        return _by_tone(
            tone,
            [f"I{also_word} really enjoyed {conversation(tone, lead)}."],
            [f"I{also_word} appreciated {conversation(tone, lead)}."],
            [f"I{also_word} enjoyed {conversation(tone, lead)}."],
        )
    # What the sentence enjoyed: "hearing that you love golf", or a shared moment first,
    # "swapping starter tips and hearing that you bake sourdough".
    enjoyed = f"hearing {_heard(lead)}{_second(more)}"
    if more is not None and more.about in ("us", "me") and more.what == "moment":
        enjoyed = f"{more.text} and hearing {_heard(lead)}"
    return _by_tone(
        tone,
        [f"I{also_word} loved {enjoyed}.", f"You{also_word} mentioned {lead.text}."],
        [f"I{also_word} enjoyed {enjoyed}.", f"I{also_word} enjoyed hearing {_heard(lead)}."],
        [f"You{also_word} mentioned {lead.text}."],
    )


def segue(tone: str, fact: Fact, article: Fact) -> list[str]:
    """One sentence from what they said to an article about it, offered rather than sent."""
    lead, _ = pair(fact)
    on = article_topic(fact, article)
    great = (
        f"a great piece on {on}"
        if on
        else reference(article).replace("this article", "a great article")
    )
    excellent = f"an excellent piece on {on}" if on else great
    piece = f"a piece on {on}" if on else great
    if lead.what == "question":
        opening = f"Thanks for {lead.text}"
    elif lead.about in ("them", "team"):
        opening = f"You mentioned {lead.text}"
    elif lead.about == "topic":
        enjoyed = {WARM: "I really enjoyed", PROFESSIONAL: "I appreciated", BRIEF: "I enjoyed"}
        opening = f"{enjoyed[tone]} {conversation(tone, lead)}"
    else:
        opening = f"I enjoyed {lead.text}"
    short_open = f"You mentioned {fact.topic}" if fact.topic and lead.about == "them" else opening
    return _by_tone(
        tone,
        [
            f"{opening} — I just read {great} and would be glad to send it.",
            f"{short_open} — I just read {great} and would be glad to send it.",
            f"{short_open} — I just read {great} and can send it over.",
        ],
        [
            f"{opening} — I recently read {excellent} and would be happy to send it.",
            f"{short_open} — I recently read {piece} and would be happy to send it.",
        ],
        [
            f"{opening} — I just read {great} and can send it over.",
            f"{short_open} — I just read {great}, happy to send it.",
        ],
    )


def article_topic(fact: Fact | None, article: Fact) -> str | None:
    """What "a great piece on …" names: the note's topic, else the article's own subject."""
    if (
        fact is not None
        and fact.topic
        and not is_topic(fact)
        and not fact.topic.startswith(("my ", "how ", "why "))
    ):
        return fact.topic
    if article.topic:
        return article.topic
    return None


# -- what both share -------------------------------------------------------------------


def _shared_clause(tone: str, fact: Fact) -> str:
    """One shared fact as a clause: "we were at Michigan at the same time"."""
    if fact.kind == "alma_mater":
        if fact.together:
            return f"we were at {fact.name} at the same time"
        return f"we both {'studied at' if tone == PROFESSIONAL else 'went to'} {fact.name}"
    if fact.kind == "employer":
        if fact.both_current:
            return f"we both work at {fact.name}"
        if fact.years:
            return f"we were both at {fact.name} {fact.years}"
        return f"{'we have' if tone == PROFESSIONAL else 'we’ve'} both worked at {fact.name}"
    if fact.kind == "interest":
        if tone == PROFESSIONAL:
            return f"we share an interest in {fact.name}"
        return f"we share a love of {fact.name}"
    if tone == PROFESSIONAL:
        return f"we are both based in {fact.name}"
    return f"we’re both in {fact.name}"


def shared_clause(tone: str, facts: list[Fact]) -> str:
    """Several shared facts in one clause: "we overlapped at MIT, and again at Google"."""
    school = next((f for f in facts if f.kind == "alma_mater"), None)
    job = next((f for f in facts if f.kind == "employer"), None)
    if len(facts) == 2 and school and job and school.together and job.years:
        return f"we overlapped at {school.name}, and again at {job.name} {job.years}"
    clauses = [_shared_clause(tone, f) for f in facts]
    if len(clauses) == 2:
        return (
            f"{clauses[0]}, and {clauses[1].removeprefix('we ')}"
            if clauses[1].startswith("we both") and clauses[0].startswith("we both")
            else f"{clauses[0]}, and {clauses[1]}"
        )
    return join_and(clauses)


def shared(tone: str, facts: list[Fact], *, also: bool) -> list[str]:
    """A note sentence on what both share, with "small world" said once at most."""
    clause = shared_clause(tone, facts)
    also_word = " also" if also else ""
    small_world = any(f.kind in ("alma_mater", "employer") for f in facts)
    warm = [f"I{also_word} noticed {clause}."]
    if small_world and not also:
        warm.insert(0, f"I noticed {clause} — small world!")
    return _by_tone(
        tone,
        warm,
        [f"I{also_word} noticed that {clause}."],
        [f"Also, {clause}." if also else f"{cap(clause)} — small world!", f"{cap(clause)}."],
    )


def alumni(tone: str, school: Fact) -> list[str]:
    """The alumni tie: the school's group on LinkedIn, and an offer to introduce classmates."""
    name = school.name
    return _by_tone(
        tone,
        [
            f"As a fellow {name} alum, I’d be glad to introduce you to former classmates of mine "
            f"in the {name} alumni group on LinkedIn.",
            f"I’d be glad to introduce you to classmates in the {name} alumni group on LinkedIn.",
            f"As a fellow {name} alum, I’d be glad to introduce you to former classmates of mine.",
        ],
        [
            f"As a fellow {name} graduate, I would be glad to introduce you to former classmates "
            f"through the {name} alumni group on LinkedIn.",
            f"As a fellow {name} graduate, I would be glad to introduce you to former classmates.",
        ],
        [
            f"Fellow {name} alum here — happy to introduce you to classmates from the {name} "
            "alumni group on LinkedIn.",
            f"Fellow {name} alum here — happy to introduce you to former classmates.",
        ],
    )


def email_shared(tone: str, facts: list[Fact], *, also: bool = True) -> list[str]:
    """An email sentence on what both share."""
    clause = shared_clause(tone, facts)
    also_word = " also" if also else ""
    return _by_tone(
        tone,
        [f"It was{also_word} fun to discover that {clause}."],
        [f"I was{also_word} glad to learn that {clause}."],
        [f"I was{also_word} glad to learn that {clause}."],
    )


# -- what the contact follows ------------------------------------------------------------


def _followed_tie(fact: Fact, tone: str) -> str:
    """The user's side of a followed school, group or company, said after the name.

    Warm and brief tones join it with a dash ("— I studied there too"), the professional one
    with a comma (", my alma mater"), which reads well after "also" without another "too".
    Never "we were both at": only one of them was there.
    """
    if tone == PROFESSIONAL:
        if fact.what == "school":
            return f", and I studied at {fact.tie}" if fact.tie else ", my alma mater"
        if fact.what == "group":
            if fact.tie:
                return f", and I share your interest in {fact.tie}"
            return ", a group I follow myself"
        return ", where I work" if fact.mine_current else ", where I used to work"
    if fact.what == "school":
        return f" — I studied at {fact.tie} too" if fact.tie else " — I studied there too"
    if fact.what == "group":
        if fact.tie:
            return f" — I share your interest in {fact.tie}"
        return " — so do I" if tone == BRIEF else " — it’s a group I follow too"
    return " — I work there" if fact.mine_current else " — I used to work there"


# How a note and an email open a sentence on what the contact follows: (after something
# else was said, first).
_FOLLOWED_IN_NOTE = {
    WARM: ("I also saw you follow", "I saw you follow"),
    PROFESSIONAL: ("I also noticed that you follow", "I noticed that you follow"),
    BRIEF: ("Also, I see you follow", "I see you follow"),
}
_FOLLOWED_IN_EMAIL = {
    WARM: ("It was also nice to see that you follow", "It was nice to see that you follow"),
    PROFESSIONAL: ("I was also glad to see that you follow", "I was glad to see that you follow"),
    BRIEF: ("I also saw that you follow", "I saw that you follow"),
}


def _followed_sentences(tone: str, fact: Fact, frames: dict, also: bool) -> list[str]:
    """The sentence on a followed thing, its full name first, then its short one."""
    frame = frames[tone][0 if also else 1]
    tie = _followed_tie(fact, tone)
    names = [fact.name, *([fact.short] if fact.short else [])]
    return [f"{frame} {name}{tie}." for name in names]


def followed(tone: str, fact: Fact, *, also: bool) -> list[str]:
    """A note sentence on something the contact follows: "I saw you follow Women in Data — …"."""
    return _followed_sentences(tone, fact, _FOLLOWED_IN_NOTE, also)


def email_followed(tone: str, fact: Fact, *, also: bool = True) -> list[str]:
    """An email sentence on something the contact follows."""
    return _followed_sentences(tone, fact, _FOLLOWED_IN_EMAIL, also)


# -- articles --------------------------------------------------------------------------


def reference(article: Fact) -> str:
    """How a sentence names an article: its title in quotes, its subject, or "this article"."""
    if article.title:
        return f"“{article.title}”"
    if article.topic:
        return f"this article on {article.topic}"
    return "this article"


def note_article(tone: str, article: Fact) -> list[str]:
    """A connection-note sentence passing on an article, with its link."""
    ref, url = reference(article), article.url
    return _by_tone(
        tone,
        [
            f"I came across {ref} and thought you’d enjoy it: {url}",
            f"Here’s an article you might enjoy: {url}",
        ],
        [
            f"I thought you might find {ref} useful: {url}",
            f"You may find this article useful: {url}",
        ],
        [f"You might enjoy {ref}: {url}", f"You might enjoy this: {url}"],
    )


def pass_on(tone: str, article: Fact, fact: Fact | None, *, also: bool = False) -> list[str]:
    """An email paragraph passing on an article, tied to what they said when it relates."""
    ref, url = reference(article), article.url
    if fact is not None and fact.kind == "followed":
        return _by_tone(
            tone,
            [f"I came across {ref} and thought of you, since you follow {fact.name}:\n{url}"],
            [
                f"I recently read {ref} and thought it might interest you, given that you "
                f"follow {fact.name}:\n{url}"
            ],
            [f"Since you follow {fact.name}, you might enjoy {ref}:\n{url}"],
        )
    if fact is not None and fact.clauses:
        lead = fact.clauses[0]
        if lead.about == "topic":
            about = conversation(tone, lead)
        elif lead.what == "question":
            rest = lead.text.split(" ", 1)[1]
            about = f"your questions {rest}" if rest.startswith("about ") else "your questions"
        elif fact.topic:
            about = f"what you said about {fact.topic}"
        else:
            about = "our conversation"
        return _by_tone(
            tone,
            [
                f"I came across {ref} and it made me think of {about}:\n{url}",
                f"I came across {ref} and thought of you:\n{url}",
            ],
            [
                f"I recently read {ref}, which brought to mind {about}:\n{url}",
                f"I recently read {ref} and thought it might interest you:\n{url}",
            ],
            [
                f"{ref[:1].upper()}{ref[1:]} made me think of {about}:\n{url}",
                f"I thought you might enjoy {ref}:\n{url}",
            ],
        )
    also_word = " also" if also else ""
    return _by_tone(
        tone,
        [f"I{also_word} came across {ref} and thought you might enjoy it:\n{url}"],
        [f"You may{also_word} find {ref} of interest:\n{url}"],
        [f"You might{also_word} enjoy {ref}:\n{url}"],
    )


# -- the frame of a connection note ----------------------------------------------------


def note_opener(tone: str, hello: str, topic: Fact | None, turn: int) -> list[str]:
    """The first sentence of a connection note, about the topic of the interview if given."""
    if topic is not None:
        talk = conversation(tone, topic.clauses[0])
        return _by_tone(
            tone,
            [f"{hello} I really enjoyed {talk}.", f"{hello} I enjoyed {talk}."],
            [f"{hello} thank you for {talk}."],
            [f"{hello} I enjoyed {talk}.", f"{hello} thanks for {talk}."],
        )
    options = {
        WARM: [
            f"{hello} it was great talking with you.",
            f"{hello} thanks again for the great conversation.",
            f"{hello} thank you for taking the time to talk with me.",
        ],
        PROFESSIONAL: [
            f"{hello} thank you for taking the time to speak with me.",
            f"{hello} thank you for our conversation.",
            f"{hello} it was a pleasure speaking with you.",
        ],
        BRIEF: [
            f"{hello} thanks for the conversation.",
            f"{hello} great to meet you.",
            f"{hello} thanks for your time.",
        ],
    }[tone]
    turn %= len(options)
    return [options[turn], hello]


def note_angle(tone: str, angle: str, company: str | None) -> list[str]:
    """A connection-note sentence about the interview itself, when nothing shared is known."""
    at = f" at {company}" if company else ""
    options = {
        "team": {
            WARM: [
                f"I enjoyed learning about your work{at}.",
                "I enjoyed learning about your work.",
            ],
            PROFESSIONAL: [
                f"I appreciated learning more about your team{at}.",
                "I appreciated learning more about your team.",
            ],
            BRIEF: [
                f"I enjoyed learning about your team{at}.",
                "I enjoyed learning about your team.",
            ],
        },
        "role": {
            WARM: ["Talking with you made me even more excited about the role."],
            PROFESSIONAL: ["Speaking with you strengthened my interest in the role."],
            BRIEF: ["I’m excited about the role."],
        },
        "perspective": {
            WARM: ["I really appreciated your perspective on the team and the work ahead."],
            PROFESSIONAL: ["I valued your perspective on the team and its priorities."],
            BRIEF: ["I appreciated your perspective."],
        },
    }[angle][tone]
    return list(dict.fromkeys(options))


def note_closer(tone: str, turn: int) -> list[str]:
    """The last sentence of a connection note; it may drop out to save room."""
    options = _by_tone(
        tone,
        [
            "I’d love to stay in touch.",
            "Let’s keep in touch.",
            "It would be great to stay connected.",
        ],
        [
            "I would welcome the opportunity to stay connected.",
            "I would be glad to stay connected.",
            "I look forward to staying in touch.",
        ],
        ["Let’s stay in touch.", "Let’s keep in touch.", "Let’s connect."],
    )
    turn %= len(options)
    return options[turn:] + options[:turn]
