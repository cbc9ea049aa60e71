"""The tables: the user (Me), their contacts, and what each contact's profile says."""

import datetime
import json

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
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


class Opportunity(BaseModel):
    """One job the user is pursuing."""

    id = AutoField()
    company = TextField(default="")
    role = TextField(default="")
    job_url = TextField(default="")
    status = CharField(default="applied", index=True)
    applied_on = DateField(null=True)
    source = TextField(default="")
    notes = TextField(default="")
    # When the status last changed: an ended opportunity counts its stay-in-touch from it.
    status_changed_at = DateTimeField(default=utcnow)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class Interview(BaseModel):
    """One conversation in an opportunity, with what the interviewer said about timing."""

    id = AutoField()
    opportunity = ForeignKeyField(Opportunity, backref="interviews", on_delete="CASCADE")
    on = DateField(index=True)
    at = TimeField(null=True)
    stage = TextField(default="")
    format = CharField(default="")
    next_steps = TextField(default="")
    # The interviewer's words, kept as said; `decide_by` is read from them unless given.
    timeframe = TextField(default="")
    decide_by = DateField(null=True)
    # The user gave `decide_by` themselves: a re-read of `timeframe` never replaces it.
    decide_by_given = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class InterviewInterviewer(BaseModel):
    """Who was in an interview. Deleting either side removes the link, never the other side."""

    class Meta:
        indexes = ((("interview", "contact"), True),)

    id = AutoField()
    interview = ForeignKeyField(Interview, backref="interviewer_links", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="interview_links", on_delete="CASCADE")
    ordinal = IntegerField(default=0)


class Touch(BaseModel):
    """Something the user sent a contact.

    It goes with the contact (what was sent to someone no longer kept answers nothing), and
    outlives the interview or opportunity it was about: it is still what the user sent.
    """

    class Meta:
        indexes = ((("contact", "sent_on"), False),)

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="touches", on_delete="CASCADE")
    interview = ForeignKeyField(Interview, backref="touches", null=True, on_delete="SET NULL")
    opportunity = ForeignKeyField(Opportunity, backref="touches", null=True, on_delete="SET NULL")
    kind = CharField()
    channel = CharField(default="email")
    sent_on = DateField()
    text = TextField(default="")
    created_at = DateTimeField(default=utcnow)


MODELS = [
    Me,
    Contact,
    Position,
    Education,
    TalkingPoint,
    Opportunity,
    Interview,
    InterviewInterviewer,
    Touch,
]
