"""Contacts: the searchable list, and one contact's page with everything about them."""

import marshmallow as ma
from flask import abort, redirect, render_template, request, url_for

from server.api.common import pagination
from server.api.schemas import (
    ContactEditSchema,
    ContactQueryArgsSchema,
    TalkingPointCreateSchema,
    TalkingPointEditSchema,
)
from server.core.messages import MESSAGE_KINDS, TONES
from server.store.contacts import ProfileUrlTaken, get_contact, update_contact
from server.store.history import contact_history
from server.store.listing import SORTS, contact_page
from server.store.talking_points import (
    add_talking_point,
    delete_talking_point,
    update_talking_point,
)

from .. import bp
from ..drafts import best_draft, tone_of
from ..forms import load_form

PER_PAGE = 50
CARD_FIELDS = (
    ("full_name", "Name"),
    ("current_title", "Title"),
    ("current_company", "Company"),
    ("headline", "Headline"),
    ("location", "Location"),
    ("email", "Email"),
    ("phone", "Phone"),
)


class ContactListArgsSchema(ContactQueryArgsSchema):
    sort = ma.fields.String(load_default="recent", validate=ma.validate.OneOf(sorted(SORTS)))


@bp.get("/contacts")
def contacts():
    """Search and page through contacts."""
    try:
        args = ContactListArgsSchema().load(request.args)
    except ma.ValidationError as error:
        return render_template("contacts.html", errors=error.messages, rows=[], args={}), 422
    rows, total = contact_page(
        args.get("q"), args.get("company"), args["sort"], args["page"], PER_PAGE
    )
    return render_template(
        "contacts.html",
        rows=rows,
        args=args,
        sorts=SORTS,
        paging=pagination(total, args["page"], PER_PAGE),
    )


def contact_or_404(contact_id: int) -> dict:
    contact = get_contact(contact_id)
    if contact is None:
        abort(404)
    return contact


@bp.get("/contacts/<int:contact_id>")
def contact(contact_id, errors=None, status=200):
    """One contact: profile, business card, talking points, drafts and history."""
    contact = contact_or_404(contact_id)
    tone = tone_of(request.args)
    drafts = {kind: best_draft(kind, contact, tone) for kind in MESSAGE_KINDS}
    return (
        render_template(
            "contact.html",
            contact=contact,
            card_fields=CARD_FIELDS,
            drafts=drafts,
            tone=tone,
            tones=TONES,
            history=contact_history(contact_id),
            errors=errors or {},
        ),
        status,
    )


@bp.post("/contacts/<int:contact_id>")
def edit_contact(contact_id):
    """Save the business-card fields the user changed."""
    stored = contact_or_404(contact_id)
    data, errors = load_form(ContactEditSchema(), only_changed=stored)
    if not errors:
        try:
            update_contact(contact_id, data)
        except ProfileUrlTaken:
            errors = {"linkedin_url": ["Another contact already has this LinkedIn URL."]}
    if errors:
        return contact(contact_id, errors=errors, status=422)
    return redirect(url_for("web.contact", contact_id=contact_id), code=303)


@bp.post("/contacts/<int:contact_id>/talking-points")
def add_point(contact_id):
    data, errors = load_form(TalkingPointCreateSchema())
    if errors:
        return contact(contact_id, errors={"point": errors}, status=422)
    if add_talking_point(contact_id, data) is None:
        abort(404)
    return redirect(url_for("web.contact", contact_id=contact_id) + "#talking-points", code=303)


@bp.post("/contacts/<int:contact_id>/talking-points/<int:point_id>")
def edit_point(contact_id, point_id):
    if request.form.get("action") == "remove":
        delete_talking_point(point_id)
    else:
        data, errors = load_form(TalkingPointEditSchema())
        if errors:
            return contact(contact_id, errors={"point": errors}, status=422)
        update_talking_point(point_id, data)
    return redirect(url_for("web.contact", contact_id=contact_id) + "#talking-points", code=303)
