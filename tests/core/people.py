"""The fixture people as plain dicts, and a user who shares something with each of them."""

ME = {
    "full_name": "Sam Viewer",
    "headline": "Data analyst",
    "location": "Seattle, Washington, United States",
    "account_type": "free",
    "schools": [
        {"school": "Univ. of Michigan – Ann Arbor", "degree": "BS", "start": "2010", "end": "2014"}
    ],
    "employers": [
        {"company": "Contoso Ltd.", "title": "Data Analyst", "start": "2016-06", "end": "2019-08"},
        {"company": "Fourth Coffee", "title": "Analyst", "start": "2019-09", "end": None},
    ],
    "interests": ["sailing", "marathons", "golf"],
}

PRIYA = {
    "id": 1,
    "full_name": "Priya Raman",
    "headline": "Engineering Manager at Northwind Analytics | Data platforms",
    "location": "Seattle, Washington, United States",
    "about": "I build data platform teams. Off the clock you'll find me on a golf course "
    "or coaching my daughter's robotics club.",
    "current_title": "Engineering Manager",
    "current_company": "Northwind Analytics",
    "positions": [
        {
            "title": "Engineering Manager",
            "company": "Northwind Analytics",
            "start": "2021-07",
            "end": None,
            "location": "Seattle, Washington",
        },
        {
            "title": "Senior Software Engineer",
            "company": "Contoso",
            "start": "2017-03",
            "end": "2021-06",
        },
        {"title": "Software Engineer", "company": "Contoso", "start": "2015-05", "end": "2017-02"},
    ],
    "education": [
        {
            "school": "Stanford University",
            "degree": "Master of Science - MS",
            "field": "Computer Science",
            "start": "2013",
            "end": "2015",
        },
        {
            "school": "University of Michigan",
            "degree": "Bachelor of Science in Engineering - BSE",
            "field": "Computer Engineering",
            "start": "2009",
            "end": "2013",
        },
    ],
    "skills": ["Distributed Systems", "People Management"],
    "interests": ["Women in Data", "University of Michigan Alumni"],
}

MARCUS = {
    "id": 2,
    "full_name": "Marcus O'Neill",
    "headline": "Talent Acquisition Partner @ Fabrikam · Hiring for Product & Design",
    "location": "Atlanta, Georgia, United States",
    "about": "Recruiter, marathoner, and terrible-but-enthusiastic jazz pianist.",
    "current_title": "Talent Acquisition Partner",
    "current_company": "Fabrikam",
    "positions": [
        {
            "title": "Talent Acquisition Partner",
            "company": "Fabrikam",
            "start": "2022-01",
            "end": None,
            "location": "Atlanta, Georgia",
        },
        {
            "title": "Technical Recruiter",
            "company": "Litware",
            "start": "2018-09",
            "end": "2021-12",
        },
    ],
    "education": [
        {
            "school": "Georgia Institute of Technology",
            "degree": "Bachelor of Science - BS",
            "field": "Industrial Engineering",
            "start": "2012",
            "end": "2016",
        }
    ],
    "skills": [],
    "interests": [],
}

SOFIA = {
    "id": 3,
    "full_name": "Sofía García",
    "headline": "Head of Product at Tailspin Toys",
    "location": "San Francisco, California, United States",
    "about": "Product leader. Weekend sailor. Always reading about behavioral economics.",
    "current_title": "Head of Product",
    "current_company": "Tailspin Toys",
    "positions": [
        {"title": "Head of Product", "company": "Tailspin Toys", "start": "2020-02", "end": None},
        {
            "title": "Senior Product Manager",
            "company": "Woodgrove Bank",
            "start": "2016-06",
            "end": "2020-01",
        },
    ],
    "education": [
        {
            "school": "University of California, Berkeley, Haas School of Business",
            "degree": "MBA",
            "start": "2014",
            "end": "2016",
        },
        {
            "school": "Universidad de Buenos Aires",
            "degree": "Licenciatura",
            "field": "Economía",
            "start": "2006",
            "end": "2011",
        },
    ],
    "skills": [],
    "interests": [],
}


def interview(point_id: int, text: str) -> dict:
    """A manual point about what came up in the interview."""
    return {
        "id": point_id,
        "kind": "interview",
        "text": text,
        "url": None,
        "source": "manual",
        "evidence": None,
        "strength": None,
    }


def article(point_id: int, text: str, url: str) -> dict:
    """A manual point: an article worth forwarding."""
    return {
        "id": point_id,
        "kind": "article",
        "text": text,
        "url": url,
        "source": "manual",
        "evidence": None,
        "strength": None,
    }


def stored(points: list[dict], first_id: int = 100) -> list[dict]:
    """Derived points as the store hands them back: with ids and a source."""
    return [
        {**point, "id": first_id + i, "source": "derived", "url": None}
        for i, point in enumerate(points)
    ]
