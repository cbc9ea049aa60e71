"""The tables: the user (Me), their contacts, and what each contact's profile says."""

import datetime
import json

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

from .db import db


def utcnow():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class JSONText(TextField):
    """JSON kept as text, so the same column works on SQLite and PostgreSQL."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Me(BaseModel):
    """The user's own background, one row: what talking points are compared against."""

    id = AutoField()
    full_name = TextField(default="")
    headline = TextField(default="")
    location = TextField(default="")
    account_type = CharField(default="free")
    schools = JSONText(default=list)
    employers = JSONText(default=list)
    interests = JSONText(default=list)
    updated_at = DateTimeField(default=utcnow)
    # Bumped by every change of "me": a contact's derived points are current when they were
    # derived from this version (server.store.rederive).
    version = IntegerField(default=0)


class Contact(BaseModel):
    """A person the user is following up with; profile fields plus the user's own notes.

    Text columns are TEXT, not VARCHAR(255): the API schemas set the limits, and PostgreSQL
    would otherwise refuse a 300-character title the schema allows.
    """

    class Meta:
        # A capture usually changes a field or two; UPDATE only those.
        only_save_dirty = True

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
    skills = JSONText(default=list)
    interests = JSONText(default=list)
    capture = JSONText(null=True)
    # What the user typed: never touched by a capture.
    email = TextField(default="")
    phone = TextField(default="")
    notes = TextField(default="")
    preferred_channel = CharField(default="")
    captured_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # Folded copies of what search looks in (server.core.search), kept up by every write.
    search_text = TextField(default="")
    company_text = TextField(default="")
    # The fields the user corrected, each mapped to what the profile says (None: not known
    # yet). The column itself holds what the user typed (server.store.corrections).
    profile_values = JSONText(default=dict)
    # The version of "me" the derived talking points were derived from (server.store.rederive).
    derived_version = IntegerField(default=0)


class Position(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="positions", on_delete="CASCADE")
    ordinal = IntegerField()
    title = TextField(default="")
    company = TextField(default="")
    start = CharField(null=True)
    end = CharField(null=True)
    location = TextField(default="")


class Education(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="education", on_delete="CASCADE")
    ordinal = IntegerField()
    school = TextField(default="")
    degree = TextField(default="")
    field = TextField(default="")
    start = CharField(null=True)
    end = CharField(null=True)


class TalkingPoint(BaseModel):
    """Something to open with: derived from shared background, or typed by the user."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="talking_points", on_delete="CASCADE")
    kind = CharField()
    text = TextField()
    url = TextField(default="")
    # "derived", "manual", or "dismissed": a derived point the user removed, kept out of
    # sight so it is not derived again.
    source = CharField(default="manual")
    evidence = JSONText(null=True)
    strength = FloatField(null=True)
    ordinal = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # What a derived point is about (server.core.talking_points.point_topic). It stays when the
    # user edits the point (it becomes "manual") or removes it, and no point on that topic is
    # derived again for this contact.
    topic = TextField(null=True)


MODELS = [Me, Contact, Position, Education, TalkingPoint]
