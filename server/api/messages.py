"""Drafted messages for a contact, and a check of what the user writes."""

import datetime

from flask.views import MethodView
from flask_smorest import abort

from server.core.messages import lint_message, suggest
from server.store.contacts import get_contact
from server.store.plan import interview_context, interview_exists
from server.store.talking_points import current_me

from .common import found
from .json_body import Blueprint
from .schemas import (
    LintRequestSchema,
    LintResultSchema,
    SuggestionQueryArgsSchema,
    SuggestionSchema,
)

blp = Blueprint("messages", __name__, url_prefix="/api", description="Message drafts and checks")


@blp.route("/contacts/<id:contact_id>/suggestions")
class ContactSuggestions(MethodView):
    @blp.arguments(SuggestionQueryArgsSchema(), location="query")
    @blp.response(200, SuggestionSchema(many=True))
    def get(self, args, contact_id):
        """Draft a note, thank-you, follow-up, check-in or stay-in-touch message, best first"""
        contact = found(get_contact(contact_id))
        interview_id = args.get("interview_id")
        if interview_id is not None and not interview_exists(interview_id):
            abort(422, errors={"query": {"interview_id": ["No such interview."]}})
        return suggest(
            args["kind"],
            me=current_me(),
            contact=contact,
            talking_points=contact["talking_points"],
            tone=args["tone"],
            limit=args.get("limit"),
            count=args["count"],
            context=interview_context(contact_id, interview_id),
            # Drafting has no clock; the server's local day, as the agenda uses.
            today=args.get("today") or datetime.date.today(),
        )


@blp.route("/messages/lint")
class MessageLint(MethodView):
    @blp.arguments(LintRequestSchema())
    @blp.response(200, LintResultSchema)
    def post(self, data):
        """Measure a message against its limit and flag pushy, misnamed or unfinished text"""
        contact = None
        if data.get("contact_id") is not None:
            contact = get_contact(data["contact_id"])
            if contact is None:
                abort(422, errors={"json": {"contact_id": ["No such contact."]}})
        return lint_message(
            data["kind"],
            data["text"],
            contact=contact,
            limit=data.get("limit"),
            account_type=current_me()["account_type"],
        )
