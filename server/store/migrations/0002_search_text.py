"""Add the folded texts search matches (search_text, company_text) and fill them in."""

from itertools import groupby
from operator import itemgetter

from peewee import Table, TextField

from server.core.search import search_columns

CONTACT = ("id", "full_name", "headline", "current_company", "search_text", "company_text")


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("contact", "search_text", TextField(default="")),
        migrator.add_column("contact", "company_text", TextField(default="")),
    )
    contact = Table("contact", CONTACT).bind(db)
    position = Table("position", ("contact_id", "ordinal", "company")).bind(db)
    rows = position.select(position.contact_id, position.company).order_by(
        position.contact_id, position.ordinal
    )
    past = {
        contact_id: [company for _, company in group]
        for contact_id, group in groupby(rows.tuples(), itemgetter(0))
    }
    people = contact.select(*(getattr(contact, name) for name in CONTACT[:4]))
    for contact_id, full_name, headline, company in list(people.tuples()):
        columns = search_columns(full_name, headline, company, past.get(contact_id, []))
        contact.update(**columns).where(contact.id == contact_id).execute()


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("contact", "search_text"),
        migrator.drop_column("contact", "company_text"),
    )
