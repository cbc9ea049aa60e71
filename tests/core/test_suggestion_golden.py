"""Golden drafts: the exact text of the top suggestion for each kind and tone, read and approved."""

from datetime import date

import pytest

from server.core.messages import suggest
from server.core.talking_points import derive_talking_points
from tests.core.people import ME, PRIYA, SOFIA, article, interview, stored

PRIYA_POINTS = stored(derive_talking_points(ME, PRIYA, today=date(2026, 11, 28))) + [
    interview(1, "scaling the data platform team"),
    article(2, "The Rise of the Data Mesh", "https://example.com/data-mesh"),
]

GOLDEN = [
    (
        "connection_note",
        "warm",
        None,
        "Hi Priya, I really enjoyed our conversation about scaling the data platform team. "
        "I also noticed we were at Michigan at the same time — small world! "
        "I’d love to stay in touch.",
    ),
    (
        "connection_note",
        "professional",
        None,
        "Hello Priya, thank you for the conversation about scaling the data platform team. "
        "I also noticed that we were at Michigan at the same time. "
        "I would welcome the opportunity to stay connected.",
    ),
    (
        "connection_note",
        "brief",
        None,
        "Hi Priya, I enjoyed our talk about scaling the data platform team. "
        "Also, we were at Michigan at the same time! Let’s stay in touch.",
    ),
    (
        "thank_you",
        "warm",
        "Thank you — great talking about scaling the data platform team",
        "Hi Priya,\n\n"
        "Thank you so much for taking the time to speak with me today about the opportunity at "
        "Northwind Analytics. I especially enjoyed our conversation about scaling the data "
        "platform team. It was also fun to discover that we were at Michigan at the same time.\n\n"
        "Learning more about the role made me even more excited about the chance to join the "
        "team, and I look forward to hearing about next steps.\n\n"
        "Thank you again for your time, and have a wonderful rest of your day.",
    ),
    (
        "thank_you",
        "professional",
        "Thank you for our discussion of scaling the data platform team",
        "Dear Priya,\n\n"
        "Thank you for taking the time to meet with me today to discuss the opportunity at "
        "Northwind Analytics. I particularly appreciated our discussion of scaling the data "
        "platform team. I was also glad to learn that we were at Michigan at the same time.\n\n"
        "Our conversation reinforced my interest in the role, and I look forward to the next "
        "steps in the process.\n\n"
        "Thank you again for your time and consideration.",
    ),
    (
        "thank_you",
        "brief",
        "Thank you",
        "Hi Priya,\n\n"
        "Thank you for speaking with me today about the role at Northwind Analytics. I enjoyed "
        "our conversation about scaling the data platform team. I was also glad to learn that "
        "we were at Michigan at the same time.\n\n"
        "I’m excited about the opportunity and look forward to next steps.\n\n"
        "Thanks again.",
    ),
    (
        "follow_up",
        "warm",
        "An article you might enjoy",
        "Hi Priya,\n\n"
        "I came across “The Rise of the Data Mesh” and it made me think of our conversation "
        "about scaling the data platform team:\nhttps://example.com/data-mesh\n\n"
        "I’m still very excited about the opportunity at Northwind Analytics and the work your "
        "team is doing.\n\n"
        "I hope you’re having a great week.",
    ),
    (
        "follow_up",
        "professional",
        "An article you may find useful",
        "Dear Priya,\n\n"
        "I recently read “The Rise of the Data Mesh” and thought it might interest you, given "
        "our discussion of scaling the data platform team:\nhttps://example.com/data-mesh\n\n"
        "I remain very interested in the role at Northwind Analytics and in contributing to your "
        "team’s work.\n\n"
        "Thank you again for your time.",
    ),
    (
        "follow_up",
        "brief",
        "An article for you",
        "Hi Priya,\n\n"
        "I thought you might enjoy “The Rise of the Data Mesh”:\nhttps://example.com/data-mesh\n\n"
        "I’m still very excited about the role at Northwind Analytics.\n\n"
        "Have a great week.",
    ),
]


@pytest.mark.parametrize(("kind", "tone", "subject", "text"), GOLDEN)
def test_top_suggestion_reads_as_approved(kind, tone, subject, text):
    [top] = suggest(kind, me=ME, contact=PRIYA, talking_points=PRIYA_POINTS, tone=tone, count=1)
    assert top["text"] == text
    assert top["subject"] == subject


STRANGER = {
    "full_name": "Alex Stranger",
    "schools": [{"school": "Penn State"}],
    "employers": [{"company": "Initech"}],
    "location": "Portland, Maine",
    "interests": ["chess"],
}

NOTHING_SHARED = {
    "warm": [
        "Hi Sofía, it was great talking with you. I enjoyed learning about your work at Tailspin "
        "Toys. I’d love to stay in touch.",
        "Hi Sofía, thanks again for the great conversation. Talking with you made me even more "
        "excited about the role. Let’s keep in touch.",
        "Hi Sofía, thank you for taking the time to talk with me. I really appreciated your "
        "perspective on the team and the work ahead. It would be great to stay connected.",
    ],
    "professional": [
        "Hello Sofía, thank you for taking the time to speak with me. I appreciated learning more "
        "about your team at Tailspin Toys. I would welcome the opportunity to stay connected.",
        "Hello Sofía, thank you for our conversation. Speaking with you strengthened my interest "
        "in the role. I would be glad to stay connected.",
        "Hello Sofía, it was a pleasure speaking with you. I valued your perspective on the team "
        "and its priorities. I look forward to staying in touch.",
    ],
    "brief": [
        "Hi Sofía, thanks for the conversation. I enjoyed learning about your team at Tailspin "
        "Toys. Let’s stay in touch.",
        "Hi Sofía, great to meet you. I’m excited about the role. Let’s keep in touch.",
        "Hi Sofía, thanks for your time. I appreciated your perspective. Let’s connect.",
    ],
}


@pytest.mark.parametrize("tone", sorted(NOTHING_SHARED))
def test_with_nothing_shared_notes_build_on_the_interview_itself(tone):
    assert derive_talking_points(STRANGER, SOFIA) == []
    drafts = suggest("connection_note", me=STRANGER, contact=SOFIA, talking_points=[], tone=tone)
    assert [d["text"] for d in drafts] == NOTHING_SHARED[tone]
    assert all(
        d["reasons"] == ["Builds on the interview itself, since nothing shared was found."]
        for d in drafts
    )


def test_thank_you_with_only_the_interview_names_it_and_speaks_to_her():
    points = [interview(5, "We talked about how her team runs discovery sprints")]
    [top] = suggest("thank_you", me=STRANGER, contact=SOFIA, talking_points=points, count=1)
    assert top["subject"] == "Thank you — great talking about how your team runs discovery sprints"
    assert top["text"] == (
        "Hi Sofía,\n\n"
        "Thank you so much for taking the time to speak with me today about the opportunity at "
        "Tailspin Toys. I especially enjoyed our conversation about how your team runs discovery "
        "sprints.\n\n"
        "Learning more about the role made me even more excited about the chance to join the "
        "team, and I look forward to hearing about next steps.\n\n"
        "Thank you again for your time, and have a wonderful rest of your day."
    )
    assert top["talking_points"] == [5]
