"""Capture bodies as the extension sends them, and the user's background, for server tests."""

import copy

PRIYA = {
    "linkedin_url": "https://www.linkedin.com/in/priya-raman-3b7c21/",
    "full_name": "Priya Raman",
    "headline": "Engineering Manager at Northwind Analytics | Data platforms",
    "location": "Seattle, Washington, United States",
    "about": "I build data platform teams. Outside work: sailing and sourdough.",
    "photo_url": "https://media.licdn.com/dms/image/priya.jpg",
    "positions": [
        {
            "title": "Engineering Manager",
            "company": "Northwind Analytics",
            "start": "2021-03",
            "end": None,
            "location": "Seattle",
        },
        {
            "title": "Senior Software Engineer",
            "company": "Contoso",
            "start": "2016-06",
            "end": "2021-02",
            "location": "Redmond",
        },
    ],
    "education": [
        {
            "school": "Stanford University",
            "degree": "MS",
            "field": "Computer Science",
            "start": "2012",
            "end": "2014",
        },
        {
            "school": "University of Michigan",
            "degree": "BSE",
            "field": "Computer Engineering",
            "start": "2008",
            "end": "2012",
        },
    ],
    "skills": ["Data Engineering", "Kafka"],
    "interests": ["Sailing"],
    "capture": {"source": "dom", "layout": "ember", "complete": True},
}


def profile(slug="priya-raman-3b7c21", **changes):
    """A copy of Priya's capture, at another URL or with some fields changed."""
    body = copy.deepcopy(PRIYA)
    body["linkedin_url"] = f"https://www.linkedin.com/in/{slug}/"
    body.update(changes)
    return body


# The user: shares a school, an employer and an interest with Priya.
ME = {
    "full_name": "Sam Viewer",
    "account_type": "free",
    "schools": [{"school": "Univ. of Michigan – Ann Arbor", "start": "2009", "end": "2013"}],
    "employers": [{"company": "Contoso Ltd.", "start": "2017", "end": "2020"}],
    "interests": ["sailing"],
}
