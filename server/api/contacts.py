"""Contacts: captured from LinkedIn, or added and edited by hand."""

import json
from contextlib import contextmanager

from flask.views import MethodView
from flask_smorest import abort

from server.store.contacts import (
    ProfileUrlTaken,
    capture_contact,
    create_contact,
    delete_contact,
    get_contact,
    update_contact,
)
from server.store.corrections import NameRequired
from server.store.paging import BadCursor, contact_page
from server.store.serialize import contact_to_dict

from .common import found, pagination, shaped
from .json_body import Blueprint
from .schemas import (
    CaptureSchema,
    ContactCreateSchema,
    ContactEditSchema,
    ContactQueryArgsSchema,
    ContactSchema,
    ContactSummarySchema,
)

blp = Blueprint("contacts", __name__, url_prefix="/api/contacts", description="Contacts")


TAKEN_URL = "Another contact already has this LinkedIn URL."


@contextmanager
def refused_edits():
    """Answer 409 when the contact would take another one's profile URL, 422 when left nameless.

    Both name the field.
    """
    try:
        yield
    except ProfileUrlTaken:
        abort(409, message=TAKEN_URL, errors={"json": {"linkedin_url": [TAKEN_URL]}})
    except NameRequired:
        message = "A contact needs a name, and their profile has not given one."
        abort(422, message=message, errors={"json": {"full_name": [message]}})


@blp.route("")
class Contacts(MethodView):
    @blp.arguments(ContactQueryArgsSchema(), location="query")
    @blp.response(200, ContactSummarySchema(many=True))
    def get(self, args):
        """Search contacts by name, headline or company, newest first (paged: see X-Pagination)

        X-Pagination's `next_after`, given back as `after`, is the next page, which costs the
        same however deep it is; `page` still works, but reads past every row before it.
        """
        page, per_page = args["page"], args["per_page"]
        try:
            contacts, total, next_after = contact_page(
                args.get("q"), args.get("company"), page=page, per_page=per_page,
                after=args.get("after"),
            )  # fmt: skip
        except BadCursor:
            message = "Not a cursor from X-Pagination's next_after."
            abort(422, message=message, errors={"query": {"after": [message]}})
        if args.get("after"):
            header = {"total": total, "per_page": per_page}
        else:
            header = pagination(total, page, per_page)
        if next_after:
            header["next_after"] = next_after
        rows = [contact_to_dict(c, with_details=False) for c in contacts]
        return rows, 200, {"X-Pagination": json.dumps(header)}

    @blp.arguments(ContactCreateSchema())
    @blp.response(201, ContactSchema)
    @blp.alt_response(409, response="CONFLICT", description=TAKEN_URL)
    def post(self, data):
        """Add a contact by hand"""
        with refused_edits():
            return shaped(create_contact(data)), 201


@blp.route("/capture")
class ContactCapture(MethodView):
    @blp.arguments(CaptureSchema())
    @blp.response(200, ContactSchema)
    @blp.alt_response(201, schema=ContactSchema, description="A new contact was created")
    def post(self, profile):
        """Save a captured LinkedIn profile: 201 when new, 200 when it refreshed a contact"""
        contact, created = capture_contact(profile)
        return shaped(contact), 201 if created else 200


@blp.route("/<id:contact_id>")
class ContactById(MethodView):
    @blp.response(200, ContactSchema)
    def get(self, contact_id):
        """Read one contact with positions, education and talking points"""
        return shaped(found(get_contact(contact_id)))

    @blp.arguments(ContactEditSchema())
    @blp.response(200, ContactSchema)
    @blp.alt_response(409, response="CONFLICT", description=TAKEN_URL)
    def patch(self, data, contact_id):
        """Change what the user typed about a contact"""
        with refused_edits():
            return shaped(found(update_contact(contact_id, data)))

    @blp.response(204)
    def delete(self, contact_id):
        """Delete a contact and everything about them"""
        if not delete_contact(contact_id):
            abort(404, message="No such contact.")
