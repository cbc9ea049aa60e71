"""Realise the emails (and the handwritten card): thank-you, follow-up, check-in, stay-in-touch.

A follow-up repeats back the interviewer's timeframe, asks whether there is anything else it
can provide and leads with value; a stay-in-touch note asks for nothing at all.
"""

import re

from server.core.messages.realise import BRIEF, PROFESSIONAL, WARM, _by_tone, conversation, pair
from server.core.messages.timeline import Timeline
from server.core.messages.understand import Fact


def _the_role(timeline: Timeline | None, company: str | None) -> tuple[str, str]:
    """ "the Data Analyst role at Northwind" and "the opportunity at Northwind", as known."""
    role = timeline.role if timeline else None
    at = f" at {company}" if company else ""
    if role:
        named = role if role.lower().endswith(("role", "position")) else f"{role} role"
        return f"the {named}{at}", f"the {named}{at}"
    return f"the role{at}", f"the opportunity{at}"


def thanks_opening(
    tone: str, company: str | None, timeline: Timeline | None, when: str = "", *, card: bool = False
) -> list[str]:
    """The first sentence of a thank-you, naming the role and company when known.

    when is the day of the interview as said from today ("today", "yesterday", "on Tuesday");
    unknown, the sentence names no day. A card arrives days later by post, so it names none.
    """
    role, opportunity = _the_role(timeline, company)
    known = bool(company or (timeline and timeline.role))
    day = "" if card or not when else f" {when}"
    about = f" about {opportunity}" if known else ""
    return _by_tone(
        tone,
        [
            f"Thank you so much for taking the time to speak with me{day}{about}.",
            f"Thank you so much for taking the time to speak with me{day}.",
        ],
        [
            f"Thank you for taking the time to meet with me{day} to discuss {opportunity}."
            if known
            else f"Thank you for taking the time to meet with me{day}.",
            f"Thank you for taking the time to meet with me{day}.",
        ],
        [
            f"Thank you for speaking with me{day} about {role}."
            if known
            else f"Thank you for speaking with me{day}.",
            f"Thank you for speaking with me{day}.",
        ],
    )


def _as_doing(text: str) -> str:
    """What the user did, as "I enjoyed …" can take it: "telling you about …" stays, and a
    clause ("we both grew up in Ohio") becomes "finding out that we both grew up in Ohio"."""
    first = text.split(" ", 1)[0]
    return text if first.endswith("ing") else f"finding out that {text}"


def _heard_phrase(fact: Fact) -> str:
    """What an email says it enjoyed: "hearing that you love golf", "your questions about …"."""
    lead, more = pair(fact)
    if lead.what == "question":
        asked = lead.text.split(" ", 1)[1]
        return f"your questions {asked if asked.startswith('about ') else 'about ' + asked}"
    if lead.about in ("us", "me"):
        return _as_doing(lead.text)
    if lead.about == "topic":
        return ""
    tail = ""
    if more is not None and more.about in ("us", "me") and more.what == "moment":
        return f"{_as_doing(more.text)} and hearing that {lead.text}"
    if more is not None and more.about in ("them", "team"):
        tail = f", and that {more.text}"
    return f"hearing that {lead.text}{tail}"


def discussed(tone: str, fact: Fact, *, also: bool = False) -> list[str]:
    """An email sentence naming what was discussed, or what they said."""
    lead = fact.clauses[0]
    if lead.about == "note":
        return [lead.text]
    if lead.about == "topic":
        talk = conversation(tone, lead)
        if also:
            return _by_tone(
                tone,
                [f"I also loved hearing about {lead.text}."],
                [f"I also appreciated hearing about {lead.text}."],
                [f"I also enjoyed hearing about {lead.text}."],
            )
        return _by_tone(
            tone,
            [f"I especially enjoyed {talk}."],
            [f"I particularly appreciated {talk}."],
            [f"I enjoyed {talk}."],
        )
    heard = _heard_phrase(fact)
    if lead.about in ("us", "me") and lead.what != "question" and tone == PROFESSIONAL:
        # One appreciates what another did; what one did oneself ("telling you about my time
        # at Stripe") one enjoyed.
        return [f"I also enjoyed {heard}." if also else f"I particularly enjoyed {heard}."]
    if also:
        return _by_tone(
            tone,
            [f"I also loved {heard}."],
            [f"I also appreciated {heard}."],
            [f"I also enjoyed {heard}."],
        )
    return _by_tone(
        tone,
        [f"I especially enjoyed {heard}."],
        [f"I particularly appreciated {heard}."],
        [f"I enjoyed {heard}."],
    )


def enthusiasm(tone: str, angle: str) -> list[str]:
    """A thank-you sentence showing interest in the role, without pressing for an answer."""
    options = {
        "next_steps": {
            WARM: [
                "Learning more about the role made me even more excited about the chance to join "
                "the team, and I look forward to hearing about next steps.",
                "Learning more about the role made me even more excited to join the team.",
            ],
            PROFESSIONAL: [
                "Our conversation reinforced my interest in the role, and I look forward to the "
                "next steps in the process.",
                "Our conversation reinforced my interest in the role.",
            ],
            BRIEF: [
                "I’m excited about the opportunity and look forward to next steps.",
                "I’m excited about the opportunity.",
            ],
        },
        "team": {
            WARM: [
                "Learning how your team works made me even more excited about the role, and I "
                "would love to help with what you are building.",
                "Learning how your team works made me even more excited about the role.",
            ],
            PROFESSIONAL: [
                "Learning about your team’s priorities confirmed my interest, and I am confident "
                "I could contribute to them.",
                "Learning about your team’s priorities confirmed my interest in the role.",
            ],
            BRIEF: ["I’d love to help your team with what’s next.", "I’d love to join your team."],
        },
        "fit": {
            WARM: [
                "I left our conversation excited about how my experience could help, and I’m "
                "happy to share anything else that would be useful.",
                "I left our conversation excited about how my experience could help.",
            ],
            PROFESSIONAL: [
                "I am confident my experience would let me contribute quickly, and I would be "
                "glad to provide any further information.",
                "I am confident my experience would let me contribute quickly.",
            ],
            BRIEF: ["I’m glad to share anything else that would help.", "Happy to share more."],
        },
    }
    return options[angle][tone]


def closing(tone: str, kind: str) -> list[str]:
    """The last line of an email; the mail client adds the signature."""
    if kind == "thank_you":
        return _by_tone(
            tone,
            [
                "Thank you again for your time, and have a wonderful rest of your day.",
                "Thank you again for your time.",
            ],
            ["Thank you again for your time and consideration.", "Thank you again."],
            ["Thanks again.", "Thanks."],
        )
    if kind == "stay_in_touch":
        return _by_tone(
            tone,
            [
                "I’d love to stay in touch, and I wish you and the team all the best.",
                "All the best to you and the team.",
            ],
            [
                "I would be glad to stay in touch, and I wish you and your team continued success.",
                "I wish you and your team continued success.",
            ],
            ["Let’s stay in touch. All the best.", "All the best."],
        )
    return _by_tone(
        tone,
        ["I hope you’re having a great week.", "Have a great week."],
        ["Thank you again for your time.", "Thank you."],
        ["Have a great week.", "Thanks."],
    )


# -- follow-ups ------------------------------------------------------------------------


def offer_on(tone: str, fact: Fact) -> list[str]:
    """A follow-up's value drawn from the interview itself: more on what they asked or said.

    It is an offer, never a claim that the user already did something ("I've jotted down
    ideas") they may not have.
    """
    lead = fact.clauses[0]
    if lead.what == "question":
        asked = lead.text.split(" ", 1)[1]
        return _by_tone(
            tone,
            [
                f"Since you asked {asked}, I’d be glad to walk you through a recent example in "
                "more detail.",
                f"Since you asked {asked}, I’d be glad to say more.",
            ],
            [
                f"Since you asked {asked}, I would be happy to walk you through a recent example "
                "in more detail.",
                f"Since you asked {asked}, I would be happy to say more.",
            ],
            [f"Since you asked {asked}, I’m happy to walk you through a recent example."],
        )
    if lead.about == "topic" and lead.text.startswith("my "):
        # The talk was about the user, so the offer is to say more, not to share thoughts on it.
        return _by_tone(
            tone,
            [
                f"I really enjoyed {conversation(tone, lead)}, and I’d be glad to tell you more "
                "if that would be useful.",
                f"I’d be glad to tell you more about {lead.text} if that would be useful.",
            ],
            [
                f"I would be happy to tell you more about {lead.text}, if that would be useful.",
                f"I would be happy to tell you more about {lead.text}.",
            ],
            [f"Happy to tell you more about {lead.text} if useful."],
        )
    if lead.about == "topic":
        return _by_tone(
            tone,
            [
                f"I really enjoyed {conversation(tone, lead)}, and I’d be glad to share a few "
                "more thoughts on it if that would be useful.",
                f"I’d be glad to share a few thoughts on {lead.text} if that would be useful.",
            ],
            [
                f"I would be happy to share a few thoughts on {lead.text}, if that would be "
                "useful.",
                f"I would be happy to share some thoughts on {lead.text}.",
            ],
            [f"Happy to share a few thoughts on {lead.text} if useful."],
        )
    return _by_tone(
        tone,
        [
            f"You mentioned that {lead.text}, and I’d be glad to share a few thoughts on it if "
            "that would be useful.",
            "I’d be glad to share a few thoughts on what we discussed if that would be useful.",
        ],
        [
            f"You mentioned that {lead.text}. I would be happy to share a few thoughts on it, "
            "if that would be useful.",
            "I would be happy to share a few thoughts on what we discussed.",
        ],
        [f"You mentioned that {lead.text}. Happy to share a few thoughts on it if useful."],
    )


def offer_help(tone: str, angle: str, company: str | None) -> list[str]:
    """A follow-up's value when nothing from the interview is known: a concise offer."""
    at = f" at {company}" if company else ""
    options = {
        "team": _by_tone(
            tone,
            [
                "If it would be useful, I’d be glad to walk you through a recent project of mine "
                "in more detail.",
                "I’d be glad to walk you through a recent project in more detail.",
            ],
            [
                "If it would be helpful, I would be happy to walk you through a recent project "
                "in more detail.",
                "I would be happy to walk you through a recent project in more detail.",
            ],
            ["Happy to walk you through a recent project in more detail if useful."],
        ),
        "ideas": _by_tone(
            tone,
            [
                f"I enjoyed learning about the team’s work{at}, and I’d be glad to share a few "
                "thoughts on it if that would be useful.",
                "I’d be glad to share a few thoughts on your team’s work if that would be useful.",
            ],
            [
                f"I valued learning about the team’s work{at}, and I would be happy to share a "
                "few thoughts on it.",
                "I would be happy to share a few thoughts on your team’s work.",
            ],
            ["Happy to share a few thoughts on your team’s work if useful."],
        ),
        "thanks": _by_tone(
            tone,
            ["I wanted to thank you again for our conversation, which I’ve thought about since."],
            ["I wanted to thank you again for our recent conversation."],
            ["Thanks again for our recent conversation."],
        ),
    }
    return options[angle]


def _formal(decision: str) -> str:
    """The timeframe said back without a contraction, for the professional tone."""
    return decision.replace("you’d ", "you would ")


def _likely(decision: str) -> str:
    """ "you’d decide in about a week" as "you’d likely decide …": what they said was a guess."""
    return decision.replace("you’d decide", "you’d likely decide")


def timeframe(
    tone: str, timeline: Timeline | None, company: str | None, *, named: bool
) -> list[str]:
    """The follow-up's middle: the timeframe they gave, repeated back, and interest in the role.

    It is sent once that time has passed, so it says why it is written now ("so I wanted to
    check in") rather than tying the interest to the timeframe. named is whether the company
    was already named, since twice in three lines reads as a form.
    """
    role, _ = _the_role(timeline, None if named else company)
    decision = timeline.decision if timeline else None
    if decision:
        said = _likely(decision)
        return _by_tone(
            tone,
            [
                f"When we spoke, you mentioned {said}, so I wanted to check in. I’m still very "
                f"excited about {role}.",
                f"You mentioned {said}, so I wanted to check in. I’m still very excited about "
                f"{role}.",
            ],
            [
                f"When we spoke, you mentioned {_formal(said)}, so I wanted to follow up. I "
                f"remain very interested in {role}.",
                f"You mentioned {_formal(said)}, so I wanted to follow up. I remain very "
                f"interested in {role}.",
            ],
            [f"You mentioned {said}, so I wanted to check in. Still very excited about {role}."],
        )
    return _by_tone(
        tone,
        [
            f"I’m still very excited about {role} and the work your team is doing.",
            f"I’m still very excited about {role}.",
        ],
        [
            f"I remain very interested in {role} and in contributing to your team’s work.",
            f"I remain very interested in {role}.",
        ],
        [f"I’m still very excited about {role}."],
    )


def anything_else(tone: str) -> list[str]:
    """The follow-up's question: is there any other information the user can provide."""
    return _by_tone(
        tone,
        [
            "Is there any other information I can provide?",
            "Is there anything else I can provide?",
        ],
        [
            "Please let me know if there is any other information I can provide.",
            "I would be glad to provide any other information.",
        ],
        ["Is there any other information I can provide?", "Happy to provide anything else."],
    )


def still_keen(tone: str, timeline: Timeline | None, company: str | None) -> list[str]:
    """A check-in's one line of interest, shorter than a follow-up's."""
    role, _ = _the_role(timeline, company)
    return _by_tone(
        tone,
        [
            f"I’m still very excited about {role}, and happy to help however I can.",
            f"I’m still very excited about {role}.",
        ],
        [
            f"I remain very interested in {role} and would be glad to help however I can.",
            f"I remain very interested in {role}.",
        ],
        [f"Still very excited about {role}.", "Still very excited about the role."],
    )


def gracious(tone: str, timeline: Timeline | None, company: str | None, turn: int = 0) -> list[str]:
    """A stay-in-touch note's opening: thanks for the process, asking for nothing."""
    role, _ = _the_role(timeline, company)
    if turn % 3 == 2:
        return _by_tone(
            tone,
            [
                "Thanks so much for the time you gave me over the last few weeks. Getting to know "
                "you and hearing how your team works meant a lot.",
                "Thanks so much for your time.",
            ],
            [
                "Thank you for the time you gave me over the last few weeks. I valued hearing how "
                "your team works.",
                "Thank you for your time.",
            ],
            ["Thanks for all your time over the last few weeks."],
        )
    if turn % 3 == 1:
        return _by_tone(
            tone,
            [
                "It was a real pleasure to meet you during the process, and I learned a lot from "
                "our conversation.",
                "It was a real pleasure to meet you.",
            ],
            [
                "It was a pleasure to meet you during the process, and I valued our conversation.",
                "It was a pleasure to meet you.",
            ],
            ["It was a pleasure to meet you, and I learned a lot."],
        )
    if timeline and (timeline.role or company):
        return _by_tone(
            tone,
            [
                f"Thank you again for your time and for considering me for {role}. I really "
                "enjoyed getting to know you and your team.",
                f"Thank you again for considering me for {role}.",
            ],
            [
                f"Thank you again for your time and for considering me for {role}. I greatly "
                "enjoyed meeting you and learning about your team.",
                f"Thank you again for considering me for {role}.",
            ],
            [f"Thanks again for considering me for {role}. I really enjoyed meeting you."],
        )
    return _by_tone(
        tone,
        [
            "Thank you again for our conversation. I really enjoyed getting to know you and your "
            "team.",
            "Thank you again for our conversation.",
        ],
        [
            "Thank you again for our conversation. I greatly enjoyed learning about your team.",
            "Thank you again for our conversation.",
        ],
        ["Thanks again for our conversation. I really enjoyed meeting you."],
    )


def hope_well(tone: str, fact: Fact) -> list[str]:
    """A stay-in-touch line about what they said, with nothing asked of them."""
    lead = fact.clauses[0]
    if lead.about == "topic":
        return _by_tone(
            tone,
            [f"I especially enjoyed {conversation(tone, lead)}.", ""],
            [f"I particularly valued {conversation(tone, lead)}.", ""],
            [f"I enjoyed {conversation(tone, lead)}.", ""],
        )
    words = lead.text.split()
    doing = words[1] if len(words) > 1 and words[0] == "you’re" else ""
    if fact.topic and doing in ("training", "preparing", "studying", "running"):
        return [f"Best of luck with {fact.topic}.", ""]
    if fan := re.fullmatch(
        r"you’re an? (?:huge |big |massive |die-hard )?([A-Z][\w .&’'-]*) fan", lead.text
    ):
        return [f"I hope {fan.group(1)}’s season is going well.", ""]
    if fact.topic and doing in ("going", "heading"):
        return [f"I hope you have a wonderful trip to {fact.topic}.", ""]
    if fact.topic and doing in ("moving", "relocating"):
        return [f"I hope the move to {fact.topic} goes smoothly.", ""]
    return [""]


# -- subjects --------------------------------------------------------------------------


def thank_you_subjects(
    tone: str, fact: Fact | None, company: str | None, timeline: Timeline | None, when: str = ""
) -> list[str]:
    """Subject lines for a thank-you email, the most specific first.

    Only "today" and "yesterday" make a subject ("today’s conversation"); otherwise none names
    a day.
    """
    specific = []
    # A hobby makes a poor subject for a thank-you after an interview; the work is better.
    topic = fact.topic if fact and fact.clauses[0].about == "topic" else None
    if topic and len(topic) <= 48 and not topic.startswith(("my ", "I ", "“")):
        if tone == PROFESSIONAL:
            specific.append(f"Thank you for our discussion of {topic}")
        else:
            specific.append(f"Thank you — great talking about {topic}")
    role = timeline.role if timeline else None
    if role and len(role) <= 40:
        specific.append(f"Thank you — {role} interview")
    day = f"{when}’s" if when in ("today", "yesterday") else "our"
    if company and len(company) <= 40:
        specific.append(f"Thank you for {day} conversation about {company}")
    if when in ("today", "yesterday"):
        generic = _by_tone(
            tone,
            [f"Thank you for {when}’s conversation", f"Great speaking with you {when}"],
            [f"Thank you for your time {when}", f"Thank you for {when}’s interview"],
            ["Thank you", f"Thanks for {when}"],
        )
    else:
        generic = _by_tone(
            tone,
            ["Thank you for our conversation", "Great speaking with you"],
            ["Thank you for your time", "Thank you for the interview"],
            ["Thank you", "Thanks for your time"],
        )
    return generic if tone == BRIEF else [*specific, *generic]


def follow_up_subjects(tone: str, has_article: bool, timeline: Timeline | None) -> list[str]:
    """Subject lines for a follow-up email."""
    role = timeline.role if timeline and timeline.role and len(timeline.role) <= 40 else None
    if has_article:
        options = _by_tone(
            tone,
            ["An article you might enjoy", "Thought of our conversation"],
            ["An article you may find useful", "Following up on our conversation"],
            ["An article for you", "Following up"],
        )
    else:
        options = _by_tone(
            tone,
            ["Following up on our conversation", "A few more thoughts"],
            ["Following up on our conversation", "Further thoughts on our discussion"],
            ["Following up", "A few thoughts"],
        )
    if role and tone != BRIEF:
        options.insert(1, f"Following up on the {role} role")
    return options


def check_in_subjects(tone: str, has_article: bool) -> list[str]:
    """Subject lines for a check-in."""
    if has_article:
        return _by_tone(
            tone,
            ["Thought you might enjoy this", "Something you might enjoy"],
            ["An article you may find of interest", "Something of interest"],
            ["Thought of you", "An article for you"],
        )
    return _by_tone(
        tone,
        ["A quick hello", "Thinking of our conversation"],
        ["A brief note", "Thinking of our conversation"],
        ["Quick hello", "Hello"],
    )


def stay_in_touch_subjects(tone: str) -> list[str]:
    """Subject lines for a stay-in-touch note."""
    return _by_tone(
        tone,
        ["Thank you, and let’s stay in touch", "Staying in touch"],
        ["Thank you for your time", "Staying in touch"],
        ["Staying in touch", "Thank you"],
    )
