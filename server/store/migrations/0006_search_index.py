"""Index what search matches, so a search of 30,000 contacts reads only the rows it may find.

SQLite: an FTS5 table with the trigram tokenizer over `contact.search_text` and
`company_text` (external content: the text stays in `contact`), kept up by triggers on every
insert, update of those columns and delete, whoever writes; `contact_search_terms` tells how
many contacts hold each trigram. PostgreSQL: pg_trgm GIN indexes on the same two columns,
which its planner uses for the ILIKE search already runs. Where FTS5's trigram tokenizer
(SQLite 3.34+) or the pg_trgm extension is missing, search scans as it did before.
Both: an index in the contact list's order, so any page, found by keyset, costs the same.
"""

from peewee import DatabaseError, SqliteDatabase

SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE contact_search USING fts5(search_text, company_text, "
    "content='contact', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE contact_search_terms USING fts5vocab(contact_search, 'row')",
    "CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN "
    "INSERT INTO contact_search(rowid, search_text, company_text) "
    "VALUES (new.id, new.search_text, new.company_text); END",
    "CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN "
    "INSERT INTO contact_search(contact_search, rowid, search_text, company_text) "
    "VALUES ('delete', old.id, old.search_text, old.company_text); END",
    "CREATE TRIGGER contact_search_update AFTER UPDATE OF search_text, company_text "
    "ON contact BEGIN "
    "INSERT INTO contact_search(contact_search, rowid, search_text, company_text) "
    "VALUES ('delete', old.id, old.search_text, old.company_text); "
    "INSERT INTO contact_search(rowid, search_text, company_text) "
    "VALUES (new.id, new.search_text, new.company_text); END",
    # The contacts saved before this migration.
    "INSERT INTO contact_search(contact_search) VALUES ('rebuild')",
)
POSTGRES_INDEX = (
    "CREATE INDEX contact_search_text_trgm ON contact USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX contact_company_text_trgm ON contact USING gin (company_text gin_trgm_ops)",
)
LIST_ORDER_INDEX = "CREATE INDEX contact_updated_at_id ON contact (updated_at, id)"


def up(migrator, db):
    db.execute_sql(LIST_ORDER_INDEX)
    statements = SQLITE_INDEX if isinstance(db, SqliteDatabase) else POSTGRES_INDEX
    try:
        # A savepoint: on PostgreSQL a refused statement would spoil the whole migration.
        with db.atomic():
            if not isinstance(db, SqliteDatabase):
                db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for sql in statements:
                db.execute_sql(sql)
    except DatabaseError:
        pass  # No trigram support in this database: search scans, as it did before.


def down(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS contact_updated_at_id")
    if isinstance(db, SqliteDatabase):
        for name in ("insert", "delete", "update"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS contact_search_{name}")
        db.execute_sql("DROP TABLE IF EXISTS contact_search_terms")
        db.execute_sql("DROP TABLE IF EXISTS contact_search")
    else:
        db.execute_sql("DROP INDEX IF EXISTS contact_search_text_trgm")
        db.execute_sql("DROP INDEX IF EXISTS contact_company_text_trgm")
