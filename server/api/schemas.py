"""Request and response schemas: what every route takes and gives."""

import marshmallow as ma

from server.core.formats import CHANNELS
from server.core.messages import MESSAGE_KINDS, TONES

from .converters import MAX_ID
from .fields import (
    Boolean,
    Email,
    Integer,
    Key,
    PartialDate,
    Phone,
    ProfileUrl,
    QueryInteger,
    Text,
    WebUrl,
    at_most_entries,
    text_list,
)
from .plan_schemas import Day

MANUAL_TALKING_POINT_KINDS = ("interview", "article", "custom")
CAPTURE_LISTS = ("positions", "education", "skills", "interests")
FOLLOWED_TYPES = ("person", "company", "school", "group", "newsletter", "other")
ACCOUNT_TYPES = ("free", "premium")


class PositionSchema(ma.Schema):
    title = Text(max_length=300, load_default="")
    company = Text(max_length=300, load_default="")
    start = PartialDate(load_default=None)
    end = PartialDate(load_default=None)
    location = Text(max_length=200, load_default="")


class EducationSchema(ma.Schema):
    school = Text(max_length=300, min_length=1, required=True)
    degree = Text(max_length=300, load_default="")
    field = Text(max_length=300, load_default="")
    start = PartialDate(load_default=None)
    end = PartialDate(load_default=None)


class CaptureMetaSchema(ma.Schema):
    source = Text(max_length=40, load_default="")
    layout = Text(max_length=40, load_default="")
    complete = Boolean(load_default=False)
    fields = ma.fields.Dict(
        keys=Key(),
        values=Text(max_length=40),
        validate=at_most_entries(40),
        metadata={
            "description": "Where each field came from: json-ld, landmark, text…",
            "maxProperties": 40,
        },
    )
    missing = text_list(item_length=40, max_items=40)
    cut_short = ma.fields.List(
        Text(max_length=20, validate=[ma.validate.OneOf(CAPTURE_LISTS)]),
        validate=ma.validate.Length(max=len(CAPTURE_LISTS)),
        metadata={"description": 'Lists the page cut short behind "Show all N"'},
    )
    details = Text(
        max_length=20,
        validate=[ma.validate.OneOf(CAPTURE_LISTS)],
        allow_none=True,
        metadata={"description": "A details page: the one list it shows in full is merged in"},
    )
    private = Boolean(
        metadata={"description": "LinkedIn shows the profile only in part outside their network"}
    )


class FollowedSchema(ma.Schema):
    type = Text(max_length=20, required=True, validate=[ma.validate.OneOf(FOLLOWED_TYPES)])
    name = Text(max_length=200, min_length=1, required=True)


class CaptureSchema(ma.Schema):
    """A profile as the extension read it from the page."""

    linkedin_url = ProfileUrl(required=True)
    full_name = Text(max_length=200, min_length=1, required=True)
    first_name = Text(
        max_length=100, load_default="", metadata={"description": "The page's own split"}
    )
    last_name = Text(max_length=100, load_default="")
    headline = Text(max_length=500, load_default="")
    location = Text(max_length=200, load_default="")
    about = Text(max_length=10_000, load_default="")
    photo_url = WebUrl(load_default="")
    positions = ma.fields.List(
        ma.fields.Nested(PositionSchema), validate=ma.validate.Length(max=100), load_default=list
    )
    education = ma.fields.List(
        ma.fields.Nested(EducationSchema), validate=ma.validate.Length(max=50), load_default=list
    )
    skills = text_list(item_length=100, max_items=200, load_default=list)
    interests = text_list(item_length=200, max_items=200, load_default=list)
    followed = ma.fields.List(
        ma.fields.Nested(FollowedSchema),
        validate=ma.validate.Length(max=200),
        load_default=list,
        metadata={"description": "Interests by type; `interests` keeps just their names"},
    )
    capture = ma.fields.Nested(CaptureMetaSchema, load_default=None, allow_none=True)


class ContactEditSchema(ma.Schema):
    """Fields the user may type or correct; every one optional on PATCH.

    A correction of full_name, headline, location, current_title or current_company holds
    through re-captures; "" or null clears it and the profile's value shows again.
    """

    linkedin_url = ProfileUrl(allow_none=True)
    full_name = Text(max_length=200, allow_none=True)
    headline = Text(max_length=500, allow_none=True)
    location = Text(max_length=200, allow_none=True)
    about = Text(max_length=10_000)
    current_title = Text(max_length=300, allow_none=True)
    current_company = Text(max_length=300, allow_none=True)
    email = Email()
    phone = Phone()
    notes = Text(max_length=20_000)
    preferred_channel = Text(max_length=20, validate=[ma.validate.OneOf(CHANNELS)])


class ContactCreateSchema(ContactEditSchema):
    full_name = Text(max_length=200, min_length=1, required=True)


class ContactQueryArgsSchema(ma.Schema):
    q = Text(max_length=200, metadata={"description": "Words to find in name, headline, company"})
    company = Text(max_length=200)
    page = QueryInteger(load_default=1, validate=ma.validate.Range(min=1, max=1_000_000))
    per_page = QueryInteger(load_default=25, validate=ma.validate.Range(min=1, max=100))
    after = Text(
        max_length=200,
        metadata={"description": "X-Pagination's next_after: the page after it (keyset paging)"},
    )


class TalkingPointCreateSchema(ma.Schema):
    kind = Text(
        max_length=20, required=True, validate=[ma.validate.OneOf(MANUAL_TALKING_POINT_KINDS)]
    )
    text = Text(max_length=1000, min_length=1, required=True)
    url = WebUrl(load_default="")


class TalkingPointEditSchema(ma.Schema):
    kind = Text(max_length=20, validate=[ma.validate.OneOf(MANUAL_TALKING_POINT_KINDS)])
    text = Text(max_length=1000, min_length=1)
    url = WebUrl()


class TalkingPointSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    contact_id = ma.fields.Integer(dump_only=True)
    kind = ma.fields.String(dump_only=True)
    text = ma.fields.String(dump_only=True)
    url = ma.fields.String(dump_only=True, allow_none=True)
    source = ma.fields.String(dump_only=True, metadata={"description": "derived or manual"})
    evidence = ma.fields.Raw(dump_only=True, allow_none=True)
    strength = ma.fields.Float(dump_only=True, allow_none=True)
    created_at = ma.fields.String(dump_only=True)
    updated_at = ma.fields.String(dump_only=True)


class ContactSummarySchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    linkedin_url = ma.fields.String(dump_only=True, allow_none=True)
    full_name = ma.fields.String(dump_only=True)
    first_name = ma.fields.String(dump_only=True)
    last_name = ma.fields.String(dump_only=True)
    headline = ma.fields.String(dump_only=True)
    location = ma.fields.String(dump_only=True)
    about = ma.fields.String(dump_only=True)
    photo_url = ma.fields.String(dump_only=True)
    current_title = ma.fields.String(dump_only=True)
    current_company = ma.fields.String(dump_only=True)
    skills = ma.fields.List(ma.fields.String(), dump_only=True)
    interests = ma.fields.List(ma.fields.String(), dump_only=True)
    capture = ma.fields.Raw(dump_only=True, allow_none=True)
    email = ma.fields.String(dump_only=True)
    phone = ma.fields.String(dump_only=True)
    notes = ma.fields.String(dump_only=True)
    preferred_channel = ma.fields.String(dump_only=True)
    captured_at = ma.fields.String(dump_only=True, allow_none=True)
    created_at = ma.fields.String(dump_only=True)
    updated_at = ma.fields.String(dump_only=True)
    profile_values = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.String(),
        dump_only=True,
        metadata={"description": "What the profile says of each field the user corrected"},
    )


class ContactSchema(ContactSummarySchema):
    positions = ma.fields.List(ma.fields.Nested(PositionSchema), dump_only=True)
    education = ma.fields.List(ma.fields.Nested(EducationSchema), dump_only=True)
    talking_points = ma.fields.List(ma.fields.Nested(TalkingPointSchema), dump_only=True)


class SchoolSchema(ma.Schema):
    school = Text(max_length=300, min_length=1, required=True)
    degree = Text(max_length=300, load_default="")
    start = PartialDate(load_default=None)
    end = PartialDate(load_default=None)


class EmployerSchema(ma.Schema):
    company = Text(max_length=300, min_length=1, required=True)
    title = Text(max_length=300, load_default="")
    start = PartialDate(load_default=None)
    end = PartialDate(load_default=None)


class MeSchema(ma.Schema):
    """The user's own background, compared with each contact's."""

    full_name = Text(max_length=200, load_default="")
    headline = Text(max_length=500, load_default="")
    location = Text(max_length=200, load_default="")
    account_type = Text(
        max_length=10, load_default="free", validate=[ma.validate.OneOf(ACCOUNT_TYPES)]
    )
    schools = ma.fields.List(
        ma.fields.Nested(SchoolSchema), validate=ma.validate.Length(max=30), load_default=list
    )
    employers = ma.fields.List(
        ma.fields.Nested(EmployerSchema), validate=ma.validate.Length(max=50), load_default=list
    )
    interests = text_list(item_length=100, max_items=100, load_default=list)
    updated_at = ma.fields.String(dump_only=True)


class HealthSchema(ma.Schema):
    status = ma.fields.String(dump_only=True)
    version = ma.fields.String(dump_only=True)


class SuggestionQueryArgsSchema(ma.Schema):
    kind = Text(
        max_length=20,
        load_default="connection_note",
        validate=[ma.validate.OneOf(MESSAGE_KINDS)],
    )
    tone = Text(max_length=20, load_default="warm", validate=[ma.validate.OneOf(TONES)])
    limit = QueryInteger(
        validate=ma.validate.Range(min=60, max=5000),
        metadata={"description": "Length limit in UTF-16 code units; default from account type"},
    )
    count = QueryInteger(load_default=3, validate=ma.validate.Range(min=1, max=10))
    interview_id = QueryInteger(
        validate=ma.validate.Range(min=1, max=MAX_ID),
        metadata={"description": "The interview the draft refers to; default the latest"},
    )
    today = Day(
        metadata={
            "description": "The day the draft is written, so a thank-you says “today” only "
            "when the interview was today; default the local date"
        }
    )


class SuggestionSchema(ma.Schema):
    kind = ma.fields.String(dump_only=True)
    text = ma.fields.String(dump_only=True)
    subject = ma.fields.String(dump_only=True, allow_none=True)
    length = ma.fields.Integer(dump_only=True, metadata={"description": "UTF-16 code units"})
    limit = ma.fields.Integer(dump_only=True, allow_none=True)
    tone = ma.fields.String(dump_only=True)
    talking_points = ma.fields.List(ma.fields.Integer(), dump_only=True)
    reasons = ma.fields.List(ma.fields.String(), dump_only=True)


class LintRequestSchema(ma.Schema):
    kind = Text(max_length=20, required=True, validate=[ma.validate.OneOf(MESSAGE_KINDS)])
    text = Text(max_length=20_000, required=True)
    contact_id = Integer(
        allow_none=True, load_default=None, validate=ma.validate.Range(min=1, max=MAX_ID)
    )
    limit = Integer(validate=ma.validate.Range(min=1, max=5000))


class LintWarningSchema(ma.Schema):
    code = ma.fields.String(dump_only=True)
    message = ma.fields.String(dump_only=True)


class LintResultSchema(ma.Schema):
    length = ma.fields.Integer(dump_only=True)
    limit = ma.fields.Integer(dump_only=True, allow_none=True)
    warnings = ma.fields.List(ma.fields.Nested(LintWarningSchema), dump_only=True)
