"""`segue interview`, `segue agenda` and `segue calendar-url` on a real database."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.server.plan_timeline import get, post
from tests.server.test_cli import segue


@pytest.fixture
def shell(fresh_server, database_url):
    """The environment a shell beside the running server has, and two contacts called Priya."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "SEGUE_TOKEN"},
        "SEGUE_DATA_DIR": str(fresh_server.data_dir),
        "SEGUE_DATABASE_URL": database_url,
        "SEGUE_PORT": str(fresh_server.port),
    }
    with fresh_server.session() as session:
        raman = post(
            session,
            fresh_server,
            "/api/contacts",
            {
                "full_name": "Priya Raman",
                "linkedin_url": "https://www.linkedin.com/in/priya-raman-3b7c21/",
            },
        )
        post(session, fresh_server, "/api/contacts", {"full_name": "Priya Shah"})
        post(session, fresh_server, "/api/contacts", {"full_name": "Marcus O'Neill"})
        yield env, session, fresh_server, raman


def test_interview_is_logged_with_interviewers_by_name_or_url(shell):
    env, session, server, raman = shell
    logged = segue(
        "interview",
        "--company",
        "Acme",
        "--role",
        "Staff Engineer",
        "--date",
        "2026-12-01",
        "--at",
        "14:30",
        "--stage",
        "phone screen",
        "--with",
        "priya raman",
        "--with",
        "https://www.linkedin.com/in/priya-raman-3b7c21",
        "--with",
        "Marcus",
        "--next-steps",
        "Onsite with the team",
        "--timeframe",
        "about a week",
        env=env,
    )
    assert logged.returncode == 0, logged.stderr
    assert "Logged the phone screen at Acme on Tue 1 Dec 2026 with Priya Raman, Marcus" in (
        logged.stdout
    )
    assert "Tue 8 Dec" in logged.stdout and "Fri 11 Dec" in logged.stdout
    [acme] = get(session, server, "/api/opportunities")
    assert (acme["company"], acme["role"]) == ("Acme", "Staff Engineer")
    [interview] = acme["interviews"]
    assert interview["interviewer_ids"][0] == raman["id"] and len(interview["interviewer_ids"]) == 2
    assert (interview["at"], interview["timeframe"]) == ("14:30", "about a week")

    again = segue(
        "interview",
        "--company",
        "acme",
        "--role",
        "staff engineer",
        "--date",
        "2026-12-08",
        "--stage",
        "final round",
        env=env,
    )
    assert again.returncode == 0, again.stderr
    [acme] = get(session, server, "/api/opportunities")
    assert len(acme["interviews"]) == 2


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Priya", ["Priya Raman", "Priya Shah"]),
        ("Nobody Known", ["No contact is called 'Nobody Known'"]),
        ("https://www.linkedin.com/in/someone-else/", ["No contact has the profile"]),
    ],
)
def test_an_interviewer_that_matches_none_or_several_is_a_clear_error(shell, name, shown):
    env, session, server, _ = shell
    result = segue(
        "interview", "--company", "Acme", "--date", "2026-12-01", "--with", name, env=env
    )
    assert result.returncode == 1
    for text in shown:
        assert text in result.stderr
    assert "Traceback" not in result.stderr
    assert get(session, server, "/api/opportunities") == []


def test_a_bad_date_is_a_clear_error(shell):
    env, *_ = shell
    result = segue("interview", "--company", "Acme", "--date", "12/01/2026", env=env)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    assert segue("agenda", "--date", "tomorrow", env=env).returncode == 2


def test_agenda_prints_what_is_due_now_then_the_week(shell):
    env, *_ = shell
    assert (
        segue(
            "interview",
            "--company",
            "Acme",
            "--role",
            "Staff Engineer",
            "--date",
            "2026-12-01",
            "--with",
            "Priya Raman",
            "--timeframe",
            "about a week",
            env=env,
        ).returncode
        == 0
    )
    today = segue("agenda", "--date", "2026-12-01", env=env)
    assert today.returncode == 0, today.stderr
    now, _, week = today.stdout.partition("The next 7 days")
    assert now.startswith("Overdue and today (Tue 1 Dec, 2026)")
    assert "Thank-you" in now and "Priya Raman" in now and "Acme, Staff Engineer" in now
    assert "Due" in now and "Why" in now
    later = segue("agenda", "--date", "2026-12-05", env=env)
    now, _, week = later.stdout.partition("The next 7 days")
    assert "(late)" in now
    assert "Fri 11 Dec" in week and "Follow up" in week


def test_calendar_url_is_the_one_the_server_gives_and_rotates(shell):
    env, session, server, _ = shell
    printed = segue("calendar-url", env=env)
    assert printed.returncode == 0
    assert printed.stdout.strip() == get(session, server, "/api/calendar/key")["url"]
    rotated = segue("calendar-url", "--rotate", env=env)
    assert rotated.stdout.strip() != printed.stdout.strip()
    assert rotated.stdout.strip() == get(session, server, "/api/calendar/key")["url"]


def test_the_demo_week_prints_its_agenda(tmp_path):
    result = subprocess.run(
        [sys.executable, "scripts/plan_demo.py", str(tmp_path / "demo")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    now, _, week = result.stdout.partition("The next 7 days")
    assert "Kofi Mensah" in now and "Acme, Staff Engineer" in now
    assert "Globex, Product Engineer" in week
