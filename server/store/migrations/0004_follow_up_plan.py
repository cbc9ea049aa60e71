"""Create the follow-up plan's tables: opportunity, interview, interview_interviewer, touch."""

import datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)


def _now():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


# A frozen copy of the models as they were at this migration, independent of models.py.


def _tables(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Contact(Base):
        # Only referenced: the table exists since 0001.
        id = AutoField()

    class Opportunity(Base):
        id = AutoField()
        company = TextField(default="")
        role = TextField(default="")
        job_url = TextField(default="")
        status = CharField(default="applied", index=True)
        applied_on = DateField(null=True)
        source = TextField(default="")
        notes = TextField(default="")
        status_changed_at = DateTimeField(default=_now)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

    class Interview(Base):
        id = AutoField()
        opportunity = ForeignKeyField(Opportunity, backref="interviews", on_delete="CASCADE")
        on = DateField(index=True)
        at = TimeField(null=True)
        stage = TextField(default="")
        format = CharField(default="")
        next_steps = TextField(default="")
        timeframe = TextField(default="")
        decide_by = DateField(null=True)
        decide_by_given = BooleanField(default=False)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

    class InterviewInterviewer(Base):
        class Meta:
            indexes = ((("interview", "contact"), True),)

        id = AutoField()
        interview = ForeignKeyField(Interview, backref="interviewer_links", on_delete="CASCADE")
        contact = ForeignKeyField(Contact, backref="interview_links", on_delete="CASCADE")
        ordinal = IntegerField(default=0)

    class Touch(Base):
        class Meta:
            indexes = ((("contact", "sent_on"), False),)

        id = AutoField()
        contact = ForeignKeyField(Contact, backref="touches", on_delete="CASCADE")
        interview = ForeignKeyField(Interview, backref="touches", null=True, on_delete="SET NULL")
        opportunity = ForeignKeyField(
            Opportunity, backref="touches", null=True, on_delete="SET NULL"
        )
        kind = CharField()
        channel = CharField(default="email")
        sent_on = DateField()
        text = TextField(default="")
        created_at = DateTimeField(default=_now)

    return [Opportunity, Interview, InterviewInterviewer, Touch]


def up(migrator, db):
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(list(reversed(_tables(db))))
