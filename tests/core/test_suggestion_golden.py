"""Golden drafts for the fixture people; the corpus in tests/core/golden/ holds the rest."""

import pytest

from server.core.messages import suggest
from server.core.talking_points import derive_talking_points
from tests.core.people import SOFIA, interview

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
        "Thank you so much for taking the time to speak with me about the opportunity at "
        "Tailspin Toys. I especially enjoyed our conversation about how your team runs discovery "
        "sprints.\n\n"
        "Learning more about the role made me even more excited about the chance to join the "
        "team, and I look forward to hearing about next steps.\n\n"
        "Thank you again for your time, and have a wonderful rest of your day."
    )
    assert top["talking_points"] == [5]
