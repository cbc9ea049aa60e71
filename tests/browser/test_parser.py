"""The profile parser itself, run in Chromium on the fixture pages and on broken ones."""

import pytest

from tests.browser.pages import EXPECTED, FIXTURES

PARSE = """async ([html, url]) => {
  const { parseProfile } = await import("/content/parser.js");
  const doc = html === null ? null : new DOMParser().parseFromString(html, "text/html");
  return parseProfile(doc, url);
}"""


@pytest.fixture(scope="module")
def parse(browser):
    page = browser.context.new_page()
    page.goto(f"{browser.base}/manifest.json")

    def run(html, url):
        return page.evaluate(PARSE, [html, url])

    yield run
    page.close()


def fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


LAZY = "ember-lazy-sections-maya-fernandes.html"


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {LAZY}))
def test_every_fixture_parses_to_its_expectation(parse, name):
    spec = EXPECTED[name]
    result = parse(fixture(name), spec["url"])
    profile = result["profile"]
    assert result["ok"] is True
    assert result["errors"] == []
    assert result["url"] == spec["url"]
    assert result["layout"] == spec["layout"]
    assert profile["full_name"] == spec["full_name"]
    assert profile["headline"] == spec["headline"]
    assert profile["location"] == spec["location"]
    assert {p["company"] for p in profile["positions"]} == set(spec["companies"])
    assert {e["school"] for e in profile["education"]} == set(spec["schools"])
    # What the parser returns is what gets sent: nothing about the viewer or side cards.
    flat = repr(profile)
    for other in spec["not"]:
        assert other not in flat


def test_each_field_says_where_it_came_from(parse):
    ember = parse(
        fixture("ember-priya-raman-3b7c21.html"), EXPECTED["ember-priya-raman-3b7c21.html"]["url"]
    )
    assert ember["sources"]["full_name"] == "voyager"
    assert ember["sources"]["positions"] == "dom"
    public = parse(
        fixture("public-sofia-garcia-pm.html"), EXPECTED["public-sofia-garcia-pm.html"]["url"]
    )
    assert public["sources"]["full_name"] == "json-ld"
    # JSON-LD says only "San Francisco, US"; the page's own line refines it.
    assert public["sources"]["location"] == "dom"
    sdui = parse(
        fixture("sdui-marcus-oneill-talent.html"), EXPECTED["sdui-marcus-oneill-talent.html"]["url"]
    )
    assert set(sdui["sources"].values()) == {"dom"}
    dana = parse(
        fixture("ember-viewer-json-first-dana-whitfield.html"),
        EXPECTED["ember-viewer-json-first-dana-whitfield.html"]["url"],
    )
    assert dana["sources"]["positions"] == "voyager"


def test_grouped_roles_come_out_one_position_each(parse):
    result = parse(
        fixture("ember-priya-raman-3b7c21.html"), EXPECTED["ember-priya-raman-3b7c21.html"]["url"]
    )
    assert [
        (p["title"], p["company"], p["start"], p["end"]) for p in result["profile"]["positions"]
    ] == [
        ("Engineering Manager", "Northwind Analytics", "2021-07", None),
        ("Senior Software Engineer", "Contoso", "2017-03", "2021-06"),
        ("Software Engineer", "Contoso", "2015-05", "2017-02"),
    ]


def test_education_degree_field_and_years(parse):
    result = parse(
        fixture("ember-priya-raman-3b7c21.html"), EXPECTED["ember-priya-raman-3b7c21.html"]["url"]
    )
    assert result["profile"]["education"][0] == {
        "school": "Stanford University",
        "degree": "Master of Science - MS",
        "field": "Computer Science",
        "start": "2013",
        "end": "2015",
    }
    assert result["profile"]["skills"] == ["Distributed Systems", "People Management"]
    assert result["profile"]["interests"] == ["Women in Data", "University of Michigan Alumni"]


def test_the_visible_copy_of_duplicated_text_is_read(parse):
    html = fixture("ember-priya-raman-3b7c21.html").replace(
        '<span class="visually-hidden">Jul 2021 to Present',
        '<span class="visually-hidden">July 2021 until now',
    )
    result = parse(html, EXPECTED["ember-priya-raman-3b7c21.html"]["url"])
    assert result["profile"]["positions"][0]["start"] == "2021-07"
    assert result["profile"]["about"].count("I build data platform teams") == 1


def test_missing_sections_make_an_incomplete_capture(parse):
    spec = EXPECTED["ember-missing-sections-alex-kim-ops.html"]
    result = parse(fixture("ember-missing-sections-alex-kim-ops.html"), spec["url"])
    assert result["ok"] is True
    assert result["complete"] is False
    assert result["missing"] == ["education"]


def test_before_lazy_sections_render_the_capture_is_incomplete(parse):
    # DOMParser runs no scripts: this is the page before LinkedIn renders the later cards.
    result = parse(fixture(LAZY), EXPECTED[LAZY]["url"])
    assert result["ok"] is True
    assert result["missing"] == ["positions", "education"]


def test_a_page_still_showing_the_previous_profile_is_stale(parse):
    result = parse(
        fixture("sdui-marcus-oneill-talent.html"), "https://www.linkedin.com/in/wei-chen-data/"
    )
    assert result["stale"] is True
    assert result["ok"] is False


def test_title_is_the_last_resort(parse):
    html = (
        "<html><head><title>(3) Jane Doe - CTO at Initech | LinkedIn</title></head>"
        "<body><div>…</div></body></html>"
    )
    result = parse(html, "https://www.linkedin.com/in/jane-doe/")
    assert result["profile"]["full_name"] == "Jane Doe"
    assert result["profile"]["headline"] == "CTO at Initech"
    assert result["sources"]["full_name"] == "text"
    assert result["complete"] is False


def test_aria_labelled_sections_are_found_without_headings(parse):
    html = """<html><head><title>Lee Park | LinkedIn</title></head><body><main>
      <section><h1>Lee Park</h1><div>Staff Engineer at Contoso</div>
        <div>Austin, Texas</div></section>
      <section aria-label="Experience"><ul><li><p>Staff Engineer</p>
        <p>Contoso · Full-time</p><p>Jan 2020 - Present · 4 yrs</p></li></ul></section>
      </main></body></html>"""
    result = parse(html, "https://www.linkedin.com/in/lee-park/")
    assert result["profile"]["positions"] == [
        {
            "title": "Staff Engineer",
            "company": "Contoso",
            "start": "2020-01",
            "end": None,
            "location": None,
        }
    ]
    assert result["profile"]["headline"] == "Staff Engineer at Contoso"


LD = '<script type="application/ld+json">{}</script>'
BROKEN = {
    "empty document": "",
    "no body": "<html><head></head></html>",
    "bad JSON everywhere": LD.format('{"@graph": [')
    + '<code id="bpr-guid-1">{"identity.profile.": [}</code><main><section></section></main>',
    "JSON of the wrong shape": LD.format('[1, "x", null, {"@graph": 7}]')
    + '<code id="bpr-guid-2">"identity.profile."</code>',
    "truncated ember page": None,
    "error page": "<title>Error response</title><h1>Error response</h1>",
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_the_parser_never_throws(parse, case):
    html = BROKEN[case]
    if html is None:
        html = fixture("ember-priya-raman-3b7c21.html")[:9000]
    result = parse(html, "https://www.linkedin.com/in/priya-raman-3b7c21/")
    assert set(result) >= {"ok", "profile", "sources", "complete", "missing", "errors"}
    if case == "error page":
        assert result["ok"] is False


def test_no_document_or_not_a_profile_url(parse):
    assert parse(None, "https://www.linkedin.com/in/x/")["ok"] is False
    result = parse("<h1>Someone</h1>", "https://www.linkedin.com/feed/")
    assert result["ok"] is False
    assert result["url"] is None
    assert parse("<h1>x</h1>", "::not a url::")["ok"] is False


def test_a_percent_encoded_slug_picks_the_right_structured_profile(parse):
    spec = EXPECTED["ember-nonlatin-ivan-petrov.html"]
    result = parse(fixture("ember-nonlatin-ivan-petrov.html"), spec["url"])
    assert result["slug"] == "иван-петров-42"
    assert result["sources"]["full_name"] == "voyager"
    assert result["profile"]["full_name"] == "Иван Петров"


LUCIA = "ember-cut-short-lucia-alvarez-nowak.html"
LUCIA_URL = EXPECTED[LUCIA]["url"]


def test_first_and_last_name_come_from_the_pages_own_data(parse):
    for name in (LUCIA, "ember-private-sri-lalitha-iyer.html"):
        spec = EXPECTED[name]
        profile = parse(fixture(name), spec["url"])["profile"]
        assert (profile["first_name"], profile["last_name"]) == (
            spec["first_name"],
            spec["last_name"],
        )


def test_private_use_glyphs_and_zero_width_characters_are_stripped(parse):
    result = parse(fixture(LUCIA), LUCIA_URL)
    flat = repr(result["profile"])
    assert not any("\ue000" <= ch <= "\uf8ff" or ch in "\u200b\u200d\ufeff" for ch in flat)


def test_about_keeps_its_lines(parse):
    about = parse(fixture(LUCIA), LUCIA_URL)["profile"]["about"]
    assert about == (
        "I lead product teams in two languages.\n\nWhat I care about:\n"
        "pricing that customers understand\nresearch before roadmaps"
    )


def test_show_all_links_mark_the_lists_cut_short(parse):
    result = parse(fixture(LUCIA), LUCIA_URL)
    assert result["complete"] is False
    assert result["missing"] == ["positions", "education", "skills"]
    cut = result["cut_short"]
    assert {field: (c["shown"], c["total"]) for field, c in cut.items()} == {
        "positions": (2, 5),
        "education": (1, 2),
        "skills": (2, 7),
    }
    assert cut["positions"]["url"] == f"{LUCIA_URL}details/experience/"


def test_a_show_all_link_without_more_entries_is_not_cut_short(parse):
    # Priya's page shows every entry and links "Show all" without a count.
    spec = EXPECTED["ember-priya-raman-3b7c21.html"]
    result = parse(fixture("ember-priya-raman-3b7c21.html"), spec["url"])
    assert result["cut_short"] == {}
    assert result["complete"] is True


def test_interests_are_kept_by_type(parse):
    profile = parse(fixture(LUCIA), LUCIA_URL)["profile"]
    assert profile["followed"] == [
        {"type": "company", "name": "Fabrikam"},
        {"type": "school", "name": "IE Business School"},
        {"type": "group", "name": "Product Leaders Europe"},
    ]
    assert profile["interests"] == ["Fabrikam", "IE Business School", "Product Leaders Europe"]
    spec = EXPECTED["ember-priya-raman-3b7c21.html"]
    priya = parse(fixture("ember-priya-raman-3b7c21.html"), spec["url"])["profile"]
    assert {f["type"] for f in priya["followed"]} == {"group"}


def test_a_private_profile_is_said_to_be_private(parse):
    spec = EXPECTED["ember-private-sri-lalitha-iyer.html"]
    assert parse(fixture("ember-private-sri-lalitha-iyer.html"), spec["url"])["private"] is True
    assert parse(fixture(LUCIA), LUCIA_URL)["private"] is False


@pytest.mark.parametrize(
    ("page", "field", "count"),
    [("experience", "positions", 5), ("education", "education", 2), ("skills", "skills", 7)],
)
def test_a_details_page_gives_its_one_list_in_full(parse, page, field, count):
    result = parse(
        fixture(f"details-{page}-lucia-alvarez-nowak.html"), f"{LUCIA_URL}details/{page}/"
    )
    assert result["ok"] is True
    assert result["details"] == field
    assert result["url"] == LUCIA_URL
    profile = result["profile"]
    assert profile["full_name"] == "Lucía Alvarez Nowak"
    assert len(profile[field]) == count
    others = {"positions", "education", "skills", "interests"} - {field}
    assert all(profile[other] == [] for other in others)
    assert profile["headline"] is None and profile["about"] is None
