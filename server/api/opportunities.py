"""Opportunities: the jobs the user is pursuing, and the interviews logged for each."""

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from server.store.plan import (
    create_interview,
    create_opportunity,
    delete_opportunity,
    get_opportunity,
    list_opportunities,
    update_opportunity,
)

from .common import found, shaped, unprocessable_on_unknown_reference
from .plan_schemas import (
    InterviewCreateSchema,
    InterviewSchema,
    OpportunityCreateSchema,
    OpportunityEditSchema,
    OpportunityQueryArgsSchema,
    OpportunitySchema,
)

blp = Blueprint(
    "opportunities", __name__, url_prefix="/api/opportunities", description="Opportunities"
)


@blp.route("")
class Opportunities(MethodView):
    @blp.arguments(OpportunityQueryArgsSchema(), location="query")
    @blp.response(200, OpportunitySchema(many=True))
    def get(self, args):
        """List opportunities, newest first, with their interviews and contacts"""
        return shaped(list_opportunities(args.get("status")))

    @blp.arguments(OpportunityCreateSchema())
    @blp.response(201, OpportunitySchema)
    def post(self, data):
        """Add a job the user is pursuing"""
        return shaped(create_opportunity(data)), 201


@blp.route("/<id:opportunity_id>")
class OpportunityById(MethodView):
    @blp.response(200, OpportunitySchema)
    def get(self, opportunity_id):
        """Read one opportunity with its interviews and contacts"""
        return shaped(found(get_opportunity(opportunity_id), "opportunity"))

    @blp.arguments(OpportunityEditSchema())
    @blp.response(200, OpportunitySchema)
    def patch(self, data, opportunity_id):
        """Change an opportunity: its status moves the plan at once"""
        return shaped(found(update_opportunity(opportunity_id, data), "opportunity"))

    @blp.response(204)
    def delete(self, opportunity_id):
        """Delete an opportunity and its interviews; the contacts stay"""
        if not delete_opportunity(opportunity_id):
            abort(404, message="No such opportunity.")


@blp.route("/<id:opportunity_id>/interviews")
class OpportunityInterviews(MethodView):
    @blp.arguments(InterviewCreateSchema())
    @blp.response(201, InterviewSchema)
    def post(self, data, opportunity_id):
        """Log an interview; answers with `decide_by` and `follow_up_on` worked out"""
        with unprocessable_on_unknown_reference():
            interview = create_interview(opportunity_id, data)
        return shaped(found(interview, "opportunity")), 201
