"""Schema changes applied to a database that already holds contacts."""

import importlib
import json

from playhouse.migrations import Runner

from server.store.contacts import search_contacts
from server.store.db import db, open_database
from server.store.migrate import MIGRATIONS_DIR, migrate
from server.store.models import Contact, Interview, InterviewInterviewer, Opportunity, Touch


def runner() -> Runner:
    return Runner(db.obj, str(MIGRATIONS_DIR))


def initial_tables():
    """Migrate to the first schema only; its tables, as that migration made them."""
    runner().up(target="0001_initial")
    initial = importlib.import_module("server.store.migrations.0001_initial")
    return initial._tables(db.obj)


def test_search_text_is_filled_in_for_contacts_saved_before_it_existed(database_url):
    open_database(database_url)
    with db.connection_context():
        _, Contact, Position, _, _ = initial_tables()
        for name, company, past in (
            ("Élodie Dupré", "Société Générale", "Crédit Agricole"),
            ("Marcus O'Neill", "Fabrikam", "Litware"),
        ):
            contact = Contact.create(full_name=name, current_company=company)
            Position.create(contact=contact, ordinal=1, company=past)

        assert runner().up(target="0002_search_text") == ["0002_search_text"]
        # The later migrations add columns the store reads; none of them fills search_text.
        migrate()

        def names(**args):
            return [contact.full_name for contact in search_contacts(**args)]

        assert names(q="elodie") == ["Élodie Dupré"]
        assert names(q="oneill litware") == ["Marcus O'Neill"]
        assert names(company="credit agricole") == ["Élodie Dupré"]
        assert names(company="fabrikam") == ["Marcus O'Neill"]
    db.close()


def test_derived_points_saved_before_topics_get_theirs(database_url):
    open_database(database_url)
    with db.connection_context():
        _, Contact, _, _, TalkingPoint = initial_tables()
        contact = Contact.create(full_name="Priya Raman")
        evidence = {"school": "University of Michigan", "theirs": "U of M"}
        for source, kind, text in (
            ("derived", "alma_mater", "You both studied at the University of Michigan."),
            ("manual", "custom", "Ask about the roadmap"),
        ):
            TalkingPoint.create(
                contact=contact, kind=kind, text=text, source=source,
                evidence=json.dumps(evidence) if source == "derived" else None,
            )  # fmt: skip

        assert "0003_talking_point_topic" in migrate()

        topics = dict(
            db.execute_sql("SELECT source, topic FROM talking_point ORDER BY id").fetchall()
        )
        assert topics == {"derived": "alma_mater:university of michigan", "manual": None}
    db.close()


def test_the_follow_up_plan_is_added_beside_existing_contacts(database_url):
    open_database(database_url)
    with db.connection_context():
        _, OldContact, _, _, _ = initial_tables()
        OldContact.create(full_name="Priya Raman", first_name="Priya")

        assert "0004_follow_up_plan" in migrate()

        priya = Contact.get(Contact.full_name == "Priya Raman")
        opportunity = Opportunity.create(company="Acme", role="Staff Engineer")
        interview = Interview.create(opportunity=opportunity, on="2026-12-01", timeframe="a week")
        InterviewInterviewer.create(interview=interview, contact=priya)
        Touch.create(contact=priya, interview=interview, kind="thank_you", sent_on="2026-12-01")

        # The database itself keeps the cascades: an opportunity takes its interviews and
        # their links, and leaves the touch that was sent.
        db.execute_sql(f"DELETE FROM opportunity WHERE id = {opportunity.id}")
        assert Interview.select().count() == InterviewInterviewer.select().count() == 0
        assert Touch.get().interview_id is None
        db.execute_sql(f"DELETE FROM contact WHERE id = {priya.id}")
        assert Touch.select().count() == 0
    db.close()
