"""Request and response schemas of the follow-up plan: opportunities, interviews, touches."""

import datetime

import marshmallow as ma

from server.core.plan.model import (
    AGENDA_KINDS,
    AGENDA_STATES,
    CHANNELS,
    INTERVIEW_FORMATS,
    OPPORTUNITY_STATUSES,
    TOUCH_KINDS,
)

from .converters import MAX_ID
from .fields import Text, WebUrl

# Far enough either way for any real plan, near enough that adding months never overflows.
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2200, 12, 31)
AGENDA_DAYS_MAX = 366


class Day(ma.fields.Date):
    """A calendar day as "YYYY-MM-DD", between 1900 and 2200."""

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {"description": 'A day, "YYYY-MM-DD"'})
        validators = [ma.validate.Range(min=FIRST_DAY, max=LAST_DAY)]
        super().__init__(validate=validators, **kwargs)


class ClockTime(ma.fields.Time):
    """A time of day as "HH:MM"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {"description": 'Time of day, "HH:MM"'})
        super().__init__(format="%H:%M", **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or len(value) != 5:
            raise ma.ValidationError('Use "HH:MM".')
        try:
            return datetime.datetime.strptime(value, "%H:%M").time()
        except ValueError as error:
            raise ma.ValidationError('Use "HH:MM".') from error


def row_id(**kwargs):
    return ma.fields.Integer(strict=True, validate=ma.validate.Range(min=1, max=MAX_ID), **kwargs)


def choice(options, **kwargs):
    return Text(max_length=40, validate=[ma.validate.OneOf(options)], **kwargs)


# Opportunities ---------------------------------------------------------------------------


class OpportunityEditSchema(ma.Schema):
    company = Text(max_length=300, min_length=1)
    role = Text(max_length=300)
    job_url = WebUrl()
    status = choice(OPPORTUNITY_STATUSES)
    applied_on = Day(allow_none=True)
    source = Text(max_length=300)
    notes = Text(max_length=20_000)


class OpportunityCreateSchema(OpportunityEditSchema):
    company = Text(max_length=300, min_length=1, required=True)
    role = Text(max_length=300, load_default="")
    status = choice(OPPORTUNITY_STATUSES, load_default="applied")


class OpportunityQueryArgsSchema(ma.Schema):
    status = choice(OPPORTUNITY_STATUSES)


class PersonSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    full_name = ma.fields.String(dump_only=True)
    first_name = ma.fields.String(dump_only=True)
    current_title = ma.fields.String(dump_only=True)
    current_company = ma.fields.String(dump_only=True)
    linkedin_url = ma.fields.String(dump_only=True, allow_none=True)


# Interviews ------------------------------------------------------------------------------


class InterviewEditSchema(ma.Schema):
    on = Day()
    at = ClockTime(allow_none=True)
    stage = Text(max_length=200, metadata={"description": 'Such as "phone screen"'})
    format = Text(max_length=20, validate=[ma.validate.OneOf(("", *INTERVIEW_FORMATS))])
    interviewer_ids = ma.fields.List(row_id(), validate=ma.validate.Length(max=50))
    next_steps = Text(max_length=5000, metadata={"description": "As the user wrote them"})
    timeframe = Text(
        max_length=300, metadata={"description": 'As the interviewer said it: "about a week"'}
    )
    decide_by = Day(
        allow_none=True,
        metadata={"description": "Given: wins over the timeframe; null: read the timeframe"},
    )


class InterviewCreateSchema(InterviewEditSchema):
    on = Day(required=True)
    interviewer_ids = ma.fields.List(
        row_id(), validate=ma.validate.Length(max=50), load_default=list
    )


class InterviewSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    opportunity_id = ma.fields.Integer(dump_only=True)
    on = ma.fields.String(dump_only=True)
    at = ma.fields.String(dump_only=True, allow_none=True)
    stage = ma.fields.String(dump_only=True)
    format = ma.fields.String(dump_only=True)
    next_steps = ma.fields.String(dump_only=True)
    timeframe = ma.fields.String(dump_only=True)
    decide_by = ma.fields.String(dump_only=True, allow_none=True)
    decide_by_given = ma.fields.Boolean(dump_only=True)
    follow_up_on = ma.fields.String(dump_only=True)
    interviewer_ids = ma.fields.List(ma.fields.Integer(), dump_only=True)
    interviewers = ma.fields.List(ma.fields.Nested(PersonSchema), dump_only=True)
    created_at = ma.fields.String(dump_only=True)
    updated_at = ma.fields.String(dump_only=True)


class OpportunitySchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    company = ma.fields.String(dump_only=True)
    role = ma.fields.String(dump_only=True)
    job_url = ma.fields.String(dump_only=True)
    status = ma.fields.String(dump_only=True)
    applied_on = ma.fields.String(dump_only=True, allow_none=True)
    source = ma.fields.String(dump_only=True)
    notes = ma.fields.String(dump_only=True)
    status_changed_at = ma.fields.String(dump_only=True)
    created_at = ma.fields.String(dump_only=True)
    updated_at = ma.fields.String(dump_only=True)
    interviews = ma.fields.List(ma.fields.Nested(InterviewSchema), dump_only=True)
    contacts = ma.fields.List(ma.fields.Nested(PersonSchema), dump_only=True)


# Touches ---------------------------------------------------------------------------------


class TouchCreateSchema(ma.Schema):
    contact_id = row_id(required=True)
    kind = choice(TOUCH_KINDS, required=True)
    channel = choice(CHANNELS, load_default="email")
    sent_on = Day(metadata={"description": "The day it was sent; default today"})
    interview_id = row_id(allow_none=True, load_default=None)
    opportunity_id = row_id(allow_none=True, load_default=None)
    text = Text(max_length=20_000, load_default="")


class TouchSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    contact_id = ma.fields.Integer(dump_only=True)
    kind = ma.fields.String(dump_only=True)
    channel = ma.fields.String(dump_only=True)
    sent_on = ma.fields.String(dump_only=True)
    interview_id = ma.fields.Integer(dump_only=True, allow_none=True)
    opportunity_id = ma.fields.Integer(dump_only=True, allow_none=True)
    text = ma.fields.String(dump_only=True)
    created_at = ma.fields.String(dump_only=True)


# The agenda and the calendar ------------------------------------------------------------


class AgendaQueryArgsSchema(ma.Schema):
    today = Day(metadata={"description": "The day to plan from; default the local date"})
    days = ma.fields.Integer(
        load_default=14,
        validate=ma.validate.Range(min=0, max=AGENDA_DAYS_MAX),
        metadata={"description": "How many days ahead to show upcoming items"},
    )


class AgendaContactSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    full_name = ma.fields.String(dump_only=True)
    first_name = ma.fields.String(dump_only=True)


class AgendaOpportunitySchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    company = ma.fields.String(dump_only=True)
    role = ma.fields.String(dump_only=True)
    status = ma.fields.String(dump_only=True)


class AgendaItemSchema(ma.Schema):
    id = ma.fields.String(dump_only=True, metadata={"description": "Stable for the same due thing"})
    kind = ma.fields.String(dump_only=True, metadata={"enum": list(AGENDA_KINDS)})
    due = ma.fields.String(dump_only=True)
    state = ma.fields.String(dump_only=True, metadata={"enum": list(AGENDA_STATES)})
    why = ma.fields.String(dump_only=True)
    contact = ma.fields.Nested(AgendaContactSchema, dump_only=True, allow_none=True)
    opportunity = ma.fields.Nested(AgendaOpportunitySchema, dump_only=True, allow_none=True)
    interview_id = ma.fields.Integer(dump_only=True, allow_none=True)
    draft_kind = ma.fields.String(dump_only=True, allow_none=True)
    channel = ma.fields.String(dump_only=True, allow_none=True)


class AgendaSchema(ma.Schema):
    today = ma.fields.String(dump_only=True)
    items = ma.fields.List(ma.fields.Nested(AgendaItemSchema), dump_only=True)


class CalendarQueryArgsSchema(ma.Schema):
    key = Text(max_length=200, metadata={"description": "The read-only calendar key"})


class CalendarKeyQueryArgsSchema(ma.Schema):
    rotate = ma.fields.Boolean(
        load_default=False, metadata={"description": "Make a new key; the old one stops working"}
    )


class CalendarKeySchema(ma.Schema):
    key = ma.fields.String(dump_only=True)
    url = ma.fields.String(
        dump_only=True, metadata={"description": "What a calendar app subscribes to"}
    )
