"""The search index is kept up by every write and filled for existing contacts; paging by keyset."""

import json

import pytest

from server.store.db import db, is_sqlite, open_database
from server.store.migrate import migrate
from server.store.models import Contact
from tests.exchange.helpers import upload
from tests.server.profiles import profile
from tests.server.test_migrations import runner


def indexed(word: str) -> list[int]:
    """The contacts the index itself (not the table) says hold `word`."""
    if is_sqlite():
        sql = "SELECT rowid FROM contact_search WHERE search_text LIKE ? ORDER BY rowid"
        return [row[0] for row in db.execute_sql(sql, (f"%{word}%",))]
    # PostgreSQL: the planner must be able to answer from the trigram index alone.
    db.execute_sql("SET enable_seqscan = off")
    sql = "SELECT id FROM contact WHERE search_text ILIKE %s ORDER BY id"
    return [row[0] for row in db.execute_sql(sql, (f"%{word}%",))]


def test_every_write_keeps_the_index_up(client):
    captured = client.post("/api/contacts/capture", json=profile()).json["id"]
    assert indexed("priya") == [captured] and indexed("contoso") == [captured]
    made = client.post("/api/contacts", json={"full_name": "Kwame Mensah"}).json["id"]
    assert indexed("mensah") == [made]
    client.patch(f"/api/contacts/{made}", json={"full_name": "Kwame Asante"})
    assert (indexed("mensah"), indexed("asante")) == ([], [made])
    client.post("/api/contacts/capture", json=profile(headline="Sailing coach"))
    assert indexed("sailing") == [captured]
    rows = "Ama,Owusu,https://www.linkedin.com/in/ama-owusu,,Litware,CTO,01 Mar 2024"
    data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" + rows
    assert upload(client, data.encode()).json["created"] == 1
    imported = indexed("owusu")
    assert len(imported) == 1 and indexed("litware") == imported
    assert client.delete(f"/api/contacts/{captured}").status_code == 204
    assert indexed("priya") == indexed("contoso") == []


def test_contacts_saved_before_the_index_are_found_through_it(database_url):
    open_database(database_url)
    with db.connection_context():
        runner().up(target="0005_profile_values")
        Contact.create(
            full_name="Élodie Dupré",
            search_text="elodie dupre societe generale",
            company_text="|societe generale|",
        )
        assert "0006_search_index" in migrate()
        assert len(indexed("dupre")) == len(indexed("generale")) == 1
    db.close()


def names_by_keyset(client, query: str) -> list[str]:
    names, after = [], None
    while True:
        url = f"/api/contacts?{query}" + (f"&after={after}" if after else "")
        response = client.get(url)
        assert response.status_code == 200, response.json
        names += [c["full_name"] for c in response.json]
        after = json.loads(response.headers["X-Pagination"]).get("next_after")
        if after is None:
            return names


def test_keyset_pages_walk_the_same_list_as_numbered_pages(client):
    for n in range(7):
        client.post("/api/contacts", json={"full_name": f"Person {n}", "current_company": "Acme"})
    everyone = [c["full_name"] for c in client.get("/api/contacts?per_page=100").json]
    assert (
        names_by_keyset(client, "per_page=3")
        == everyone
        == [f"Person {n}" for n in range(6, -1, -1)]
    )
    assert names_by_keyset(client, "per_page=2&q=person&company=acme") == everyone
    # A numbered page hands over to keyset paging too.
    first = client.get("/api/contacts?page=2&per_page=3")
    after = json.loads(first.headers["X-Pagination"])["next_after"]
    rest = client.get(f"/api/contacts?per_page=3&after={after}").json
    assert [c["full_name"] for c in rest] == ["Person 0"]


@pytest.mark.parametrize("cursor", ["nonsense", "bm90IGEgY3Vyc29y", "%00"])
def test_a_cursor_this_server_did_not_give_is_422(client, cursor):
    response = client.get(f"/api/contacts?after={cursor}")
    assert response.status_code == 422
    assert "after" in response.json["errors"]["query"]


def test_an_import_in_many_chunks_indexes_every_row_and_later_writes_too(client):
    rows = [
        f"Ama,Owusu{n},https://www.linkedin.com/in/ama-owusu-{n},,Litware {n % 7},CTO,01 Mar 2024"
        for n in range(3000)
    ]
    data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    assert upload(client, (data + "\r\n".join(rows)).encode()).json["created"] == 3000
    imported = sorted(contact.id for contact in Contact.select(Contact.id))
    assert indexed("owusu") == imported and indexed("litware") == imported
    assert indexed("owusu2999") == [imported[-1]]
    if is_sqlite():
        # The index agrees with the table row for row, and new contacts are still indexed.
        check = "INSERT INTO contact_search(contact_search, rank) VALUES ('integrity-check', 1)"
        db.execute_sql(check)
    made = client.post("/api/contacts", json={"full_name": "Kwame Mensah"}).json["id"]
    assert indexed("mensah") == [made]


def test_an_import_the_database_stops_leaves_the_index_kept_up(client):
    rows = "Ama,Owusu,https://www.linkedin.com/in/ama-owusu,,Litware,CTO,01 Mar 2024"
    data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" + rows
    trigger = (
        "CREATE TRIGGER refuse BEFORE INSERT ON contact BEGIN SELECT RAISE(ABORT, 'full'); END"
    )
    if not is_sqlite():
        pytest.skip("the trigger that stops the import is SQLite's")
    db.execute_sql(trigger)
    report = upload(client, data.encode()).json
    db.execute_sql("DROP TRIGGER refuse")
    assert report["created"] == 0 and "stopped" in report and indexed("owusu") == []
    made = client.post("/api/contacts", json={"full_name": "Kwame Mensah"}).json["id"]
    assert indexed("mensah") == [made]
