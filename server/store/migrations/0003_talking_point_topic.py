"""Give derived talking points their topic, so the user's edits and removals of them hold."""

import json

from peewee import Table, TextField

from server.core.talking_points import point_topic


def up(migrator, db):
    migrator.migrate(migrator.add_column("talking_point", "topic", TextField(null=True)))
    point = Table("talking_point", ("id", "kind", "text", "evidence", "source", "topic")).bind(db)
    derived = point.select(point.id, point.kind, point.text, point.evidence).where(
        point.source == "derived"
    )
    for point_id, kind, text, evidence in list(derived.tuples()):
        topic = point_topic(
            {"kind": kind, "text": text, "evidence": json.loads(evidence) if evidence else None}
        )
        point.update(topic=topic).where(point.id == point_id).execute()


def down(migrator, db):
    migrator.migrate(migrator.drop_column("talking_point", "topic"))
