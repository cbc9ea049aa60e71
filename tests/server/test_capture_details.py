"""A profile cut short behind "Show all N" and its details pages add up to one whole contact."""

from tests.server.profiles import PRIYA, profile

FOUR_ROLES = [
    {"title": f"Role {n}", "company": f"Company {n}", "start": f"201{n}", "end": None}
    for n in range(4)
]


def capture(client, body):
    response = client.post("/api/contacts/capture", json=body)
    assert response.status_code in (200, 201), response.json
    return response.json


def cut_short(**changes):
    """Priya's profile page, which shows two of her four roles."""
    meta = {
        **PRIYA["capture"],
        "complete": False,
        "missing": ["positions"],
        "cut_short": ["positions"],
    }
    return profile(capture=meta, **changes)


def details_page(key, rows):
    """What the popup sends from /in/<slug>/details/<page>/: the name and one list."""
    return {
        "linkedin_url": PRIYA["linkedin_url"],
        "full_name": PRIYA["full_name"],
        key: rows,
        "capture": {"source": "dom", "layout": "ember", "complete": True, "details": key},
    }


def test_details_page_merges_its_list_and_keeps_everything_else(client):
    first = capture(client, cut_short())
    assert first["capture"]["complete"] is False
    merged = capture(client, details_page("positions", FOUR_ROLES))
    assert [p["title"] for p in merged["positions"]] == [r["title"] for r in FOUR_ROLES]
    assert merged["headline"] == PRIYA["headline"]
    assert merged["about"] == PRIYA["about"]
    assert [e["school"] for e in merged["education"]] == [
        "Stanford University",
        "University of Michigan",
    ]
    assert merged["skills"] == PRIYA["skills"]
    assert merged["interests"] == PRIYA["interests"]
    assert merged["capture"]["complete"] is True
    assert merged["capture"]["missing"] == []
    assert merged["capture"]["layout"] == "ember"


def test_capturing_the_cut_short_page_again_keeps_the_full_list(client):
    capture(client, cut_short())
    capture(client, details_page("positions", FOUR_ROLES))
    again = capture(client, cut_short(headline="Director of Engineering"))
    assert len(again["positions"]) == 4
    assert again["headline"] == "Director of Engineering"
    assert again["capture"]["missing"] == []
    assert again["capture"]["complete"] is True


def test_a_details_page_first_makes_a_contact_that_is_not_complete(client):
    created = capture(client, details_page("skills", ["Go", "Rust", "SQL"]))
    assert created["skills"] == ["Go", "Rust", "SQL"]
    assert created["capture"]["complete"] is False


def test_skills_details_do_not_shrink_when_the_page_shows_fewer(client):
    capture(client, profile(skills=["Go", "Rust", "SQL", "Kafka"]))
    shown = {**PRIYA["capture"], "complete": False, "missing": ["skills"], "cut_short": ["skills"]}
    again = capture(client, profile(skills=["Go"], capture=shown))
    assert again["skills"] == ["Go", "Rust", "SQL", "Kafka"]


def test_the_pages_own_name_split_is_kept(client):
    body = capture(
        client,
        profile(
            full_name="Sri Lalitha Alvarez Nowak",
            first_name="Sri Lalitha",
            last_name="Alvarez Nowak",
        ),
    )
    assert (body["first_name"], body["last_name"]) == ("Sri Lalitha", "Alvarez Nowak")


def test_followed_entities_are_kept_by_type_and_interests_stay_names(client):
    followed = [
        {"type": "school", "name": "Purdue University"},
        {"type": "group", "name": "Data Folks"},
    ]
    body = capture(
        client, profile(interests=["Purdue University", "Data Folks"], followed=followed)
    )
    assert body["interests"] == ["Purdue University", "Data Folks"]
    assert body["capture"]["followed"] == followed


def test_an_unknown_followed_type_is_refused_naming_the_field(client):
    response = client.post(
        "/api/contacts/capture", json=profile(followed=[{"type": "planet", "name": "Mars"}])
    )
    assert response.status_code == 422
    assert "followed" in response.json["errors"]["json"]
