"""Create the first tables: me, contact, position, education, talking_point."""

import datetime

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


# A frozen copy of the models as they were at this migration, independent of models.py.


def _tables(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Me(Base):
        id = AutoField()
        full_name = TextField(default="")
        headline = TextField(default="")
        location = TextField(default="")
        account_type = CharField(default="free")
        schools = TextField(default="[]")
        employers = TextField(default="[]")
        interests = TextField(default="[]")
        updated_at = DateTimeField(default=_now)

    class Contact(Base):
        id = AutoField()
        linkedin_url = TextField(null=True, unique=True)
        full_name = TextField(default="")
        first_name = TextField(default="")
        last_name = TextField(default="")
        headline = TextField(default="")
        location = TextField(default="")
        about = TextField(default="")
        photo_url = TextField(default="")
        current_title = TextField(default="")
        current_company = TextField(default="")
        skills = TextField(default="[]")
        interests = TextField(default="[]")
        capture = TextField(null=True)
        email = TextField(default="")
        phone = TextField(default="")
        notes = TextField(default="")
        preferred_channel = CharField(default="")
        captured_at = DateTimeField(null=True)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

    class Position(Base):
        id = AutoField()
        contact = ForeignKeyField(Contact, backref="positions", on_delete="CASCADE")
        ordinal = IntegerField()
        title = TextField(default="")
        company = TextField(default="")
        start = CharField(null=True)
        end = CharField(null=True)
        location = TextField(default="")

    class Education(Base):
        id = AutoField()
        contact = ForeignKeyField(Contact, backref="education", on_delete="CASCADE")
        ordinal = IntegerField()
        school = TextField(default="")
        degree = TextField(default="")
        field = TextField(default="")
        start = CharField(null=True)
        end = CharField(null=True)

    class TalkingPoint(Base):
        id = AutoField()
        contact = ForeignKeyField(Contact, backref="talking_points", on_delete="CASCADE")
        kind = CharField()
        text = TextField()
        url = TextField(default="")
        source = CharField(default="manual")
        evidence = TextField(null=True)
        strength = FloatField(null=True)
        ordinal = IntegerField(default=0)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

    return [Me, Contact, Position, Education, TalkingPoint]


def up(migrator, db):
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
