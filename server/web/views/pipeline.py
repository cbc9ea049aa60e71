"""Pipeline: every opportunity on a board by status; add, edit, move, log an interview."""

import datetime

import marshmallow as ma
from flask import abort, jsonify, redirect, render_template, request, url_for

from server.api.common import pagination
from server.api.fields import QueryInteger, Text
from server.api.plan_schemas import (
    Day,
    InterviewCreateSchema,
    OpportunityCreateSchema,
    OpportunityEditSchema,
)
from server.core.plan import follow_up_on, read_timeframe
from server.core.plan.model import (
    CLOSED_WITHOUT_OFFER,
    INTERVIEW_FORMATS,
    OPPORTUNITY_STATUSES,
    Interview,
)
from server.store.agenda import agenda
from server.store.board import board_cards, status_counts
from server.store.plan import (
    UnknownReference,
    create_interview,
    create_opportunity,
    get_opportunity,
    update_opportunity,
)
from server.store.plan_lookup import NotFound, find_contact

from .. import bp
from ..forms import load_form
from ..options import options_by_choice

# The board's columns, in the order an opportunity moves; the closed ones are folded away.
BOARD_STATUSES = tuple(s for s in OPPORTUNITY_STATUSES if s not in CLOSED_WITHOUT_OFFER)
# How far ahead a card looks for its next step.
NEXT_STEP_DAYS = 60
# Cards shown per open column; the rest are a column's pages away (?column=<status>).
SHOWN_PER_COLUMN = 10
# A closed column shows its most recently closed few, folded; the rest are paged.
SHOWN_CLOSED = 3
# Cards on one page of a single column.
PER_PAGE = 50


class TimeframeArgsSchema(ma.Schema):
    words = Text(max_length=300, load_default="")
    on = Day(required=True)


class BoardArgsSchema(ma.Schema):
    class Meta:
        # A link from before paging (?all=1) still opens the board.
        unknown = ma.EXCLUDE

    column = ma.fields.String(validate=ma.validate.OneOf(OPPORTUNITY_STATUSES))
    page = QueryInteger(load_default=1, validate=ma.validate.Range(min=1, max=1_000_000))


@bp.get("/pipeline")
def pipeline(errors=None, status=200):
    """The board: open columns' newest cards, closed ones counted and folded; or one column
    a page at a time (?column=<status>&page=N)."""
    try:
        args = BoardArgsSchema().load(request.args)
    except ma.ValidationError as error:
        return render_template("pipeline.html", errors={"query": error.messages}, args={}), 422
    today = datetime.date.today()
    counts = status_counts()
    column = args.get("column")
    if column:
        pages = {column: ((args["page"] - 1) * PER_PAGE, PER_PAGE)}
    else:
        pages = {s: (0, SHOWN_CLOSED if s in CLOSED_WITHOUT_OFFER else SHOWN_PER_COLUMN)
                 for s in OPPORTUNITY_STATUSES}  # fmt: skip
    cards = board_cards(pages, today)
    next_steps: dict[int, dict] = {}
    for item in agenda(today, NEXT_STEP_DAYS)["items"]:
        if item["opportunity"]:
            next_steps.setdefault(item["opportunity"]["id"], item)
    for column_cards in cards.values():
        for card in column_cards:
            card["next_step"] = next_steps.get(card["id"])
            card["with"] = ", ".join(person["full_name"] for person in card["contacts"])
    return (
        render_template(
            "pipeline.html",
            args=args,
            cards=cards,
            counts={s: counts.get(s, 0) for s in OPPORTUNITY_STATUSES},
            paging=column and pagination(counts.get(column, 0), args["page"], PER_PAGE),
            board=BOARD_STATUSES,
            closed=CLOSED_WITHOUT_OFFER,
            statuses=OPPORTUNITY_STATUSES,
            move_options=MOVE_OPTIONS,
            opportunities_url=url_for("web.add_opportunity"),
            errors=errors or {},
        ),
        status,
    )


# Each status's options for a card's Status select, that status selected.
MOVE_OPTIONS = options_by_choice(OPPORTUNITY_STATUSES)


def opportunity_or_404(opportunity_id: int) -> dict:
    found = get_opportunity(opportunity_id)
    if found is None:
        abort(404)
    return found


@bp.get("/opportunities/<int:opportunity_id>")
def opportunity(opportunity_id, errors=None, status=200):
    """One opportunity: its interviews, its details to edit, and the form to log an interview."""
    return (
        render_template(
            "opportunity.html",
            o=opportunity_or_404(opportunity_id),
            formats=INTERVIEW_FORMATS,
            today=datetime.date.today(),
            errors=errors or {},
        ),
        status,
    )


def done(opportunity_id: int | None = None):
    """Back to where the form was: the opportunity's page, or its card on the board."""
    if opportunity_id and request.form.get("next") == "opportunity":
        return redirect(url_for("web.opportunity", opportunity_id=opportunity_id), code=303)
    anchor = f"#opportunity-{opportunity_id}" if opportunity_id else ""
    return redirect(url_for("web.pipeline") + anchor, code=303)


@bp.post("/opportunities")
def add_opportunity():
    data, errors = load_form(OpportunityCreateSchema())
    if errors:
        return pipeline(errors={"new": errors}, status=422)
    return done(create_opportunity(data)["id"])


@bp.post("/opportunities/<int:opportunity_id>")
def edit_opportunity(opportunity_id):
    """Edit an opportunity, or move it to another column (a form with its status alone)."""
    stored = opportunity_or_404(opportunity_id)
    data, errors = load_form(OpportunityEditSchema(), only_changed=stored)
    if errors:
        return opportunity(opportunity_id, errors={opportunity_id: errors}, status=422)
    if data:
        update_opportunity(opportunity_id, data)
    return done(opportunity_id)


@bp.post("/opportunities/<int:opportunity_id>/interviews")
def log_interview(opportunity_id):
    """Log an interview; the interviewers are named as in the shell, by name or profile URL."""
    errors = {}
    interviewer_ids = []
    for name in request.form.get("interviewers", "").replace("\n", ",").split(","):
        if name.strip():
            try:
                interviewer_ids.append(find_contact(name.strip())["id"])
            except NotFound as error:
                errors.setdefault("interviewers", []).append(str(error))
    form = {k: v for k, v in request.form.items() if k != "interviewers" and v.strip()}
    data, schema_errors = load_form(InterviewCreateSchema(), form)
    errors.update(schema_errors)
    if not errors:
        try:
            if create_interview(opportunity_id, {**data, "interviewer_ids": interviewer_ids}):
                return redirect(url_for("web.opportunity", opportunity_id=opportunity_id), code=303)
            abort(404)
        except UnknownReference as error:
            errors = {error.field: [error.message]}
    return opportunity(opportunity_id, errors={f"interview-{opportunity_id}": errors}, status=422)


@bp.get("/pipeline/timeframe")
def timeframe_reading():
    """What a typed timeframe means as dates, for the live reading under the field."""
    try:
        args = TimeframeArgsSchema().load(request.args)
    except ma.ValidationError as error:
        return jsonify({"errors": {"query": error.messages}}), 422
    decide_by = read_timeframe(args["words"], args["on"])
    follow_up = follow_up_on(
        Interview(id=0, opportunity_id=0, on=args["on"], timeframe=args["words"])
    )
    if not args["words"]:
        reading = f"No timeframe given: follow up on {follow_up:%a %-d %b}."
    elif decide_by is None:
        reading = f"No date read from that: follow up on {follow_up:%a %-d %b}."
    else:
        reading = f"Decision by {decide_by:%a %-d %b}: follow up on {follow_up:%a %-d %b}."
    return jsonify(
        {
            "decide_by": decide_by and decide_by.isoformat(),
            "follow_up_on": follow_up.isoformat(),
            "reading": reading,
        }
    )
