"""The agenda the server answers moves with every change, whoever makes it."""

from tests.server.plan_timeline import agenda, items_for, post
from tests.server.test_cli import segue

TODAY = "2026-12-01"


def setup(session, server):
    priya = post(session, server, "/api/contacts", {"full_name": "Priya Raman"})
    acme = post(session, server, "/api/opportunities", {"company": "Acme"})
    interview = post(
        session, server, f"/api/opportunities/{acme['id']}/interviews",
        {"on": TODAY, "interviewer_ids": [priya["id"]], "timeframe": "about a week"},
    )  # fmt: skip
    return priya, acme, interview


def follow_up_due(session, server):
    return [item["due"] for item in items_for(agenda(session, server, TODAY, 60), "follow_up")]


def test_edits_move_the_agenda_at_once(fresh_server):
    server = fresh_server
    with server.session() as session:
        priya, acme, interview = setup(session, server)
        assert items_for(agenda(session, server, TODAY), "thank_you", priya["id"])
        assert follow_up_due(session, server) == ["2026-12-11"]

        url = server.url
        session.patch(f"{url}/api/contacts/{priya['id']}", json={"full_name": "Priya Shah"})
        [thank_you] = items_for(agenda(session, server, TODAY), "thank_you", priya["id"])
        assert thank_you["contact"]["full_name"] == "Priya Shah"

        session.patch(f"{url}/api/interviews/{interview['id']}", json={"timeframe": "two weeks"})
        assert follow_up_due(session, server) == ["2026-12-18"]

        marcus = post(session, server, "/api/contacts", {"full_name": "Marcus O'Neill"})
        session.patch(
            f"{url}/api/interviews/{interview['id']}", json={"interviewer_ids": [marcus["id"]]}
        )
        items = agenda(session, server, TODAY)
        assert items_for(items, "thank_you", marcus["id"])
        assert not items_for(items, "thank_you", priya["id"])

        session.patch(f"{url}/api/opportunities/{acme['id']}", json={"company": "Acme Corp"})
        [thank_you] = items_for(agenda(session, server, TODAY), "thank_you", marcus["id"])
        assert thank_you["opportunity"]["company"] == "Acme Corp"

        assert session.delete(f"{url}/api/contacts/{marcus['id']}").status_code == 204
        assert not items_for(agenda(session, server, TODAY), "thank_you", marcus["id"])
        assert session.delete(f"{url}/api/opportunities/{acme['id']}").status_code == 204
        assert not items_for(agenda(session, server, TODAY, 60), "follow_up")


def test_a_write_from_the_shell_shows_in_the_servers_agenda(fresh_server, database_url):
    import os

    server = fresh_server
    env = {**os.environ, "SEGUE_DATA_DIR": str(server.data_dir),
           "SEGUE_DATABASE_URL": database_url}  # fmt: skip
    with server.session() as session:
        priya, _, _ = setup(session, server)
        before = agenda(session, server, TODAY)
        logged = segue("interview", "--company", "Globex", "--date", TODAY,
                       "--with", "Priya Raman", env=env)  # fmt: skip
        assert logged.returncode == 0, logged.stderr
        after = agenda(session, server, TODAY)
        companies = {(item["opportunity"] or {}).get("company") for item in after}
        assert "Globex" in companies, after
        assert "Globex" not in {(item["opportunity"] or {}).get("company") for item in before}
