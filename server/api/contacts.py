"""Contacts: captured from LinkedIn, or added and edited by hand."""

import json
from contextlib import contextmanager

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from server.store.contacts import (
    ProfileUrlTaken,
    capture_contact,
    create_contact,
    delete_contact,
    get_contact,
    search_contacts,
    update_contact,
)
from server.store.corrections import NameRequired
from server.store.paging import BadCursor, cursor_after, rows_after
from server.store.serialize import contact_to_dict

from .common import found, pagination, shaped
from .schemas import (
    CaptureSchema,
    ContactCreateSchema,
    ContactEditSchema,
    ContactQueryArgsSchema,
    ContactSchema,
    ContactSummarySchema,
)

blp = Blueprint("contacts", __name__, url_prefix="/api/contacts", description="Contacts")


@contextmanager
def refused_edits():
    """Answer 409 when the contact would take another one's profile URL, 422 when left nameless.

    Both name the field.
    """
    try:
        yield
    except ProfileUrlTaken:
        message = "Another contact already has this LinkedIn URL."
        abort(409, message=message, errors={"json": {"linkedin_url": [message]}})
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
        query = search_contacts(args.get("q"), args.get("company"))
        page, per_page = args["page"], args["per_page"]
        total = query.count()
        if args.get("after"):
            try:
                contacts = list(rows_after(query, args["after"]).limit(per_page + 1))
            except BadCursor:
                message = "Not a cursor from X-Pagination's next_after."
                abort(422, message=message, errors={"query": {"after": [message]}})
            header = {"total": total, "per_page": per_page}
        else:
            contacts = list(query.offset((page - 1) * per_page).limit(per_page + 1))
            header = pagination(total, page, per_page)
        # One row more than the page says whether another page follows.
        if len(contacts) > per_page:
            contacts = contacts[:per_page]
            header["next_after"] = cursor_after(contacts[-1])
        rows = [contact_to_dict(c, with_details=False) for c in contacts]
        return rows, 200, {"X-Pagination": json.dumps(header)}

    @blp.arguments(ContactCreateSchema())
    @blp.response(201, ContactSchema)
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
    def patch(self, data, contact_id):
        """Change what the user typed about a contact"""
        with refused_edits():
            return shaped(found(update_contact(contact_id, data)))

    @blp.response(204)
    def delete(self, contact_id):
        """Delete a contact and everything about them"""
        if not delete_contact(contact_id):
            abort(404, message="No such contact.")
