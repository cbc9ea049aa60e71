"""What Segue writes in thank-you and follow-up emails, by tone, richest phrasing first."""

from server.core.wording import BRIEF, PROFESSIONAL, WARM


def email_segue(tone: str, facts: list[str]) -> list[str]:
    """An email sentence built on something shared."""
    if tone == WARM:
        return [f"It was also fun to discover that {fact}." for fact in facts]
    return [f"I was also glad to learn that {fact}." for fact in facts]


def thanks_opening(tone: str, company: str | None) -> list[str]:
    """The first sentence of a thank-you email."""
    about = f" about the opportunity at {company}" if company else ""
    to_discuss = f" to discuss the opportunity at {company}" if company else ""
    role = f" about the role at {company}" if company else ""
    options = {
        WARM: [
            f"Thank you so much for taking the time to speak with me today{about}.",
            "Thank you so much for taking the time to speak with me today.",
        ],
        PROFESSIONAL: [
            f"Thank you for taking the time to meet with me today{to_discuss}.",
            "Thank you for taking the time to meet with me today.",
        ],
        BRIEF: [
            f"Thank you for speaking with me today{role}.",
            "Thank you for speaking with me today.",
        ],
    }[tone]
    return list(dict.fromkeys(options))


def topic_sentence(tone: str, topic: str) -> list[str]:
    """An email sentence naming what was discussed in the interview."""
    return {
        WARM: [f"I especially enjoyed our conversation about {topic}."],
        PROFESSIONAL: [f"I particularly appreciated our discussion of {topic}."],
        BRIEF: [f"I enjoyed our conversation about {topic}."],
    }[tone]


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


def email_closing(tone: str, kind: str) -> list[str]:
    """The last line of an email; the mail client adds the signature."""
    if kind == "follow_up":
        return {
            WARM: ["I hope you’re having a great week.", "Have a great week."],
            PROFESSIONAL: ["Thank you again for your time.", "Thank you."],
            BRIEF: ["Have a great week.", "Thanks."],
        }[tone]
    return {
        WARM: [
            "Thank you again for your time, and have a wonderful rest of your day.",
            "Thank you again for your time.",
        ],
        PROFESSIONAL: ["Thank you again for your time and consideration.", "Thank you again."],
        BRIEF: ["Thanks again.", "Thanks."],
    }[tone]


def thank_you_subjects(tone: str, topic: str | None, company: str | None) -> list[str]:
    """Subject lines for a thank-you email, the most specific first."""
    specific = []
    if topic and len(topic) <= 48:
        if tone == PROFESSIONAL:
            specific.append(f"Thank you for our discussion of {topic}")
        else:
            specific.append(f"Thank you — great talking about {topic}")
    if company and len(company) <= 40:
        specific.append(f"Thank you for today’s conversation about {company}")
    generic = {
        WARM: ["Thank you for today’s conversation", "Great speaking with you today"],
        PROFESSIONAL: ["Thank you for your time today", "Thank you for today’s interview"],
        BRIEF: ["Thank you", "Thanks for today"],
    }[tone]
    if tone == BRIEF:
        return generic
    return [*specific, *generic]


def follow_up_article(tone: str, reference: str, url: str, topic: str | None) -> list[str]:
    """The opening of a follow-up that passes on an article, tied to the interview if we can."""
    about = f" about {topic}" if topic else ""
    given = f", given our discussion of {topic}" if topic else ""
    return {
        WARM: [
            f"I came across {reference} and it made me think of our conversation{about}:\n{url}",
            f"I came across {reference} and thought of our conversation:\n{url}",
        ],
        PROFESSIONAL: [
            f"I recently read {reference} and thought it might interest you{given}:\n{url}",
            f"I recently read {reference} and thought it might interest you:\n{url}",
        ],
        BRIEF: [f"I thought you might enjoy {reference}:\n{url}"],
    }[tone]


def follow_up_idea(tone: str, topic: str) -> list[str]:
    """The opening of a follow-up that offers more thought on what the interview covered."""
    return {
        WARM: [
            f"I’ve been thinking more about {topic} since we spoke, and I’d be glad to share a "
            "few ideas if that would be helpful.",
            f"I’ve been thinking more about {topic} since we spoke.",
        ],
        PROFESSIONAL: [
            f"Since our discussion of {topic}, I have given it further thought and would be "
            "happy to share a few ideas if useful.",
            f"Since our discussion of {topic}, I have given it further thought.",
        ],
        BRIEF: [f"I’ve been thinking more about {topic} and have a few ideas to share."],
    }[tone]


def follow_up_offer(tone: str, angle: str, company: str | None) -> list[str]:
    """The opening of a follow-up when there is no article or topic: an offer of help."""
    at = f" at {company}" if company else ""
    options = {
        "team": {
            WARM: [
                f"I’ve been thinking about our conversation and how I could help the team{at}, "
                "and I’d be glad to share a few ideas.",
                f"I’ve been thinking about our conversation and how I could help the team{at}.",
                "I’ve been thinking about our conversation and how I could help the team.",
            ],
            PROFESSIONAL: [
                f"Since our conversation, I have been considering how I could contribute to the "
                f"team{at}.",
                "Since our conversation, I have been considering how I could contribute.",
            ],
            BRIEF: [
                f"I’ve been thinking about how I could help the team{at}.",
                "I’ve been thinking about how I could help.",
            ],
        },
        "ideas": {
            WARM: [
                "Since we spoke, I’ve jotted down a few ideas related to your team’s work, and "
                "I’d be glad to share them.",
                "Since we spoke, I’ve jotted down a few ideas related to your team’s work.",
            ],
            PROFESSIONAL: [
                "Since our conversation, I have outlined a few ideas related to your team’s work "
                "and would be happy to share them.",
                "Since our conversation, I have outlined a few ideas related to your team’s work.",
            ],
            BRIEF: ["I’ve jotted down a few ideas for your team and am glad to share them."],
        },
        "thanks": {
            WARM: [
                "I wanted to thank you again for our conversation; I’ve been thinking about it "
                "since, and I’d be glad to share anything that would help your team.",
                "I wanted to thank you again for our conversation.",
            ],
            PROFESSIONAL: [
                "I wanted to thank you again for our recent conversation and offer any further "
                "information that would be useful.",
                "I wanted to thank you again for our recent conversation.",
            ],
            BRIEF: ["Thanks again for our recent conversation."],
        },
    }[angle][tone]
    return list(dict.fromkeys(options))


def follow_up_interest(tone: str, company: str | None) -> list[str]:
    """A follow-up sentence restating interest in the role without asking for news."""
    at = f" at {company}" if company else ""
    options = {
        WARM: [
            f"I’m still very excited about the opportunity{at} and the work your team is doing.",
            f"I’m still very excited about the opportunity{at}.",
            "I’m still very excited about the opportunity.",
        ],
        PROFESSIONAL: [
            f"I remain very interested in the role{at} and in contributing to your team’s work.",
            f"I remain very interested in the role{at}.",
            "I remain very interested in the role.",
        ],
        BRIEF: [
            f"I’m still very excited about the role{at}.",
            "I’m still very excited about the role.",
        ],
    }[tone]
    return list(dict.fromkeys(options))


def follow_up_subjects(tone: str, has_article: bool, topic: str | None) -> list[str]:
    """Subject lines for a follow-up email, the most specific first."""
    if has_article:
        options = {
            WARM: ["An article you might enjoy", "Thought of our conversation"],
            PROFESSIONAL: ["An article you may find useful", "Following up on our conversation"],
            BRIEF: ["An article for you", "Following up"],
        }[tone]
    else:
        options = {
            WARM: ["Following up on our conversation", "A few more thoughts"],
            PROFESSIONAL: [
                "Following up on our conversation",
                "Further thoughts on our discussion",
            ],
            BRIEF: ["Following up", "A few thoughts"],
        }[tone]
    if topic and len(topic) <= 40 and tone != BRIEF:
        options.insert(1, f"More thoughts on {topic}")
    return options


def email_extra(
    tone: str,
    kind: str,
    *,
    facts: list[str] | None = None,
    topic: str | None = None,
    reference: str | None = None,
    url: str | None = None,
) -> list[str]:
    """A thank-you sentence adding one more point: something shared, a topic, or an article."""
    if kind == "interview":
        return {
            WARM: [f"I also loved hearing about {topic}."],
            PROFESSIONAL: [f"I also appreciated hearing about {topic}."],
            BRIEF: [f"I also enjoyed hearing about {topic}."],
        }[tone]
    if kind == "article":
        return {
            WARM: [f"I also thought you might enjoy {reference}:\n{url}"],
            PROFESSIONAL: [f"You may also find {reference} of interest:\n{url}"],
            BRIEF: [f"You might enjoy {reference}:\n{url}"],
        }[tone]
    return email_segue(tone, facts or [])
