"""Schema changes applied to a database that already holds contacts."""

import importlib

from playhouse.migrations import Runner

from server.store.contacts import search_contacts
from server.store.db import db, open_database
from server.store.migrate import MIGRATIONS_DIR, migrate


def test_search_text_is_filled_in_for_contacts_saved_before_it_existed(database_url):
    open_database(database_url)
    with db.connection_context():
        Runner(db.obj, str(MIGRATIONS_DIR)).up(target="0001_initial")
        # The tables as that migration made them, before the search columns.
        initial = importlib.import_module("server.store.migrations.0001_initial")
        _, Contact, Position, _, _ = initial._tables(db.obj)
        for name, company, past in (
            ("Élodie Dupré", "Société Générale", "Crédit Agricole"),
            ("Marcus O'Neill", "Fabrikam", "Litware"),
        ):
            contact = Contact.create(full_name=name, current_company=company)
            Position.create(contact=contact, ordinal=1, company=past)

        assert migrate() == ["0002_search_text"]

        def names(**args):
            return [contact.full_name for contact in search_contacts(**args)]

        assert names(q="elodie") == ["Élodie Dupré"]
        assert names(q="oneill litware") == ["Marcus O'Neill"]
        assert names(company="credit agricole") == ["Élodie Dupré"]
        assert names(company="fabrikam") == ["Marcus O'Neill"]
    db.close()
