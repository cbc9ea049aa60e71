"""The plan's versions, kept by the database, and the indexes the agenda's live rows are read by.

`plan_change` holds a version for each table the agenda reads. It moves on with every insert,
update and delete of an opportunity, interview, interviewer link or touch, and every change to
a contact's name, preferred channel, email or existence: whatever the agenda shows. Triggers
keep it, so a write from any process (the CLI beside the server) counts, and an answer kept
against the versions is never stale. Reading five rows replaces counting five tables (1.3 ms
at 30,000 contacts) on every request, and a part of the answer that reads one table (the
pipeline's counts) is kept while that table's version stands.

The indexes let `plan_load` find the recent interviews, decisions, touches and endings
without reading every row.
"""

from peewee import SqliteDatabase

# Tables whose every change moves the plan on; for contacts, only the columns the plan shows.
TABLES = ("opportunity", "interview", "interview_interviewer", "touch")
CONTACT_COLUMNS = "full_name, first_name, preferred_channel, email"
INDEXES = (
    "CREATE INDEX touch_sent_on ON touch (sent_on)",
    # Decisions from a day on, and interviews whose words were not read (null) from a day on.
    'CREATE INDEX interview_decide_by ON interview (decide_by, "on")',
    "CREATE INDEX opportunity_status_changed_at ON opportunity (status, status_changed_at)",
)


def _bump(name: str) -> str:
    return f"UPDATE plan_change SET version = version + 1 WHERE name = '{name}'"


def _changed(table: str, event: str) -> str:
    """Each table has two versions: rows added, and rows changed or removed. A touch added
    to a plan already read can be added to it; anything else means reading it again."""
    return f"{table}_added" if event == "INSERT" else table


def _sqlite_triggers():
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            yield (
                f"CREATE TRIGGER {table}_plan_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {_bump(_changed(table, event))}; END"
            )
    yield (
        f"CREATE TRIGGER contact_plan_update AFTER UPDATE OF {CONTACT_COLUMNS} ON contact "
        f"BEGIN {_bump('contact')}; END"
    )
    yield (
        f"CREATE TRIGGER contact_plan_delete AFTER DELETE ON contact BEGIN {_bump('contact')}; END"
    )


def _postgres_triggers():
    yield (
        "CREATE FUNCTION segue_plan_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE plan_change SET version = version + 1 WHERE name = TG_TABLE_NAME "
        "|| CASE WHEN TG_OP = 'INSERT' THEN '_added' ELSE '' END; RETURN NULL; END $$"
    )
    # Once a statement, however many rows it writes: an import is one bump a chunk.
    for table in TABLES:
        yield (
            f"CREATE TRIGGER {table}_plan_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION segue_plan_changed()"
        )
    yield (
        f"CREATE TRIGGER contact_plan_change AFTER UPDATE OF {CONTACT_COLUMNS} OR DELETE "
        "ON contact FOR EACH STATEMENT EXECUTE FUNCTION segue_plan_changed()"
    )


def up(migrator, db):
    db.execute_sql(
        "CREATE TABLE plan_change (name VARCHAR(40) PRIMARY KEY, version BIGINT NOT NULL DEFAULT 0)"
    )
    for name in (*TABLES, *(f"{table}_added" for table in TABLES), "contact"):
        db.execute_sql(f"INSERT INTO plan_change (name, version) VALUES ('{name}', 0)")
    triggers = _sqlite_triggers() if isinstance(db, SqliteDatabase) else _postgres_triggers()
    for sql in (*INDEXES, *triggers):
        db.execute_sql(sql)


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        names = [f"{t}_plan_{e}" for t in TABLES for e in ("insert", "update", "delete")]
        for name in (*names, "contact_plan_update", "contact_plan_delete"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table in (*TABLES, "contact"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_plan_change ON {table}")
        db.execute_sql("DROP FUNCTION IF EXISTS segue_plan_changed()")
    for index in ("touch_sent_on", "interview_decide_by", "opportunity_status_changed_at"):
        db.execute_sql(f"DROP INDEX IF EXISTS {index}")
    db.execute_sql("DROP TABLE IF EXISTS plan_change")
