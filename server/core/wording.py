"""What Segue writes in connection notes, and the shared facts every message draws on, by tone."""

WARM, PROFESSIONAL, BRIEF = "warm", "professional", "brief"
TONES = (WARM, PROFESSIONAL, BRIEF)


def _cap(text: str) -> str:
    """Capitalise the first letter of a clause that starts a sentence."""
    return text[:1].upper() + text[1:]


def greeting(tone: str, first: str, *, email: bool) -> str:
    """The salutation, with the contact's first name when there is one."""
    if tone == PROFESSIONAL:
        word = "Dear" if email else "Hello"
        return f"{word} {first}," if first else "Hello,"
    return f"Hi {first}," if first else "Hi there,"


def years_phrase(first: int, last: int) -> str:
    """A span of years as people say it: "in 2018", "in 2017 and 2018", "from 2015 to 2019"."""
    if first == last:
        return f"in {first}"
    if last == first + 1:
        return f"in {first} and {last}"
    return f"from {first} to {last}"


def school_facts(tone: str, school: str, together: bool) -> list[str]:
    """Clauses saying both went to a school, at the same time when they did."""
    studied = "we both studied at" if tone == PROFESSIONAL else "we both went to"
    facts = [f"we were at {school} at the same time"] if together else []
    return [*facts, f"{studied} {school}"]


def employer_facts(tone: str, company: str, years: str | None, both_current: bool) -> list[str]:
    """Clauses saying both have worked at a company, and when they overlapped."""
    if both_current:
        return [f"we both work at {company}"]
    if years:
        return [f"we were both at {company} {years}", f"we were both at {company}"]
    return [f"we {'have' if tone == PROFESSIONAL else '’ve'} both worked at {company}"]


def interest_facts(tone: str, interest: str) -> list[str]:
    """Clauses saying both share an interest."""
    if tone == PROFESSIONAL:
        return [f"we share an interest in {interest}"]
    return [f"we share a love of {interest}"]


def location_facts(tone: str, area: str) -> list[str]:
    """Clauses saying both live in the same area."""
    if tone == PROFESSIONAL:
        return [f"we are both based in {area}"]
    return [f"we’re both in {area}"]


def note_segue(tone: str, facts: list[str], *, also: bool, small_world: bool) -> list[str]:
    """A connection-note sentence built on something shared."""
    also_word = " also" if also else ""
    out = []
    for fact in facts:
        if tone == PROFESSIONAL:
            out.append(f"I{also_word} noticed that {fact}.")
        elif tone == BRIEF:
            out.append(f"Also, {fact}!" if also else f"{_cap(fact)}!")
        else:
            if small_world:
                out.append(f"I{also_word} noticed {fact} — small world!")
            out.append(f"I{also_word} noticed {fact}.")
    return out


def note_opener(tone: str, hello: str, topic: str | None, turn: int) -> list[str]:
    """The first sentence of a connection note, about the topic of the interview if given."""
    if topic:
        options = {
            WARM: [
                f"{hello} I really enjoyed our conversation about {topic}.",
                f"{hello} I enjoyed talking about {topic}.",
            ],
            PROFESSIONAL: [
                f"{hello} thank you for the conversation about {topic}.",
                f"{hello} thank you for discussing {topic} with me.",
            ],
            BRIEF: [
                f"{hello} I enjoyed our talk about {topic}.",
                f"{hello} thanks for the chat about {topic}.",
            ],
        }[tone]
        return options
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
    # Each variant opens differently so the drafts don't read as copies of one another.
    turn %= len(options)
    return options[turn:] + options[:turn]


def note_angle(tone: str, angle: str, company: str | None) -> list[str]:
    """A sentence that builds on the interview itself when nothing else is shared."""
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


def note_article(tone: str, reference: str, url: str) -> list[str]:
    """A connection-note sentence passing on an article."""
    return {
        WARM: [
            f"I came across {reference} and thought you’d enjoy it: {url}",
            f"Here’s an article you might enjoy: {url}",
        ],
        PROFESSIONAL: [
            f"I thought you might find {reference} useful: {url}",
            f"You may find this article useful: {url}",
        ],
        BRIEF: [f"You might enjoy {reference}: {url}", f"You might enjoy this: {url}"],
    }[tone]


def note_closer(tone: str, turn: int) -> list[str]:
    """The last sentence of a connection note; it may drop out to save room."""
    options = {
        WARM: [
            "I’d love to stay in touch.",
            "Let’s keep in touch.",
            "It would be great to stay connected.",
        ],
        PROFESSIONAL: [
            "I would welcome the opportunity to stay connected.",
            "I would be glad to stay connected.",
            "I look forward to staying in touch.",
        ],
        BRIEF: ["Let’s stay in touch.", "Let’s keep in touch.", "Let’s connect."],
    }[tone]
    turn %= len(options)
    return options[turn:] + options[:turn]


def article_reference(title: str | None, topic: str | None) -> str:
    """How a sentence names an article: its title in quotes, its subject, or just "this article"."""
    if title:
        return f"“{title}”"
    if topic:
        return f"this article on {topic}"
    return "this article"
