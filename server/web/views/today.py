"""Today: what is due, overdue first, each with the draft that fits and a way to mark it sent."""

import datetime
from types import SimpleNamespace

from flask import current_app, redirect, render_template, request, url_for
from markupsafe import Markup

from server.api.calendar import calendar_url
from server.api.plan_schemas import TouchCreateSchema
from server.api.security import calendar_key_path, csrf_token
from server.core.messages import TONES
from server.core.plan.model import AGENDA_STATES, CHANNELS
from server.store.agenda import agenda
from server.store.contacts import get_contact
from server.store.plan import UnknownReference, create_touch
from server.token import load_or_create_token

from .. import bp
from ..drafts import best_draft, tone_of
from ..forms import load_form
from ..kept import Kept
from ..options import options_by_choice

AGENDA_DAYS = 14
# The channel choices of a "Mark sent" form, with each channel chosen.
CHANNEL_OPTIONS = options_by_choice(CHANNELS)
# Shown as a gentle line under the plan, not as a task to tick off.
NUDGES = ("keep_searching",)
STATE_TITLES = {"overdue": "Overdue", "today": "Today", "upcoming": "Next two weeks"}
# Items listed per group; the rest are one click away (?all=1).
SHOWN_PER_GROUP = 25
# Items drafted in place, the most pressing first; each other item links to its draft on the
# contact's page. A draft costs a contact's full read and a run of the drafter, so a long
# overdue list would otherwise make the page slow to open.
DRAFTED_IN_PLACE = 5
# Rendered items, a few pages' worth.
ITEMS = Kept(512)


@bp.get("/")
def today(errors=None, status=200):
    day = datetime.date.today()
    items = agenda(day, AGENDA_DAYS)["items"]
    tone = tone_of(request.args)
    shown = None if request.args.get("all") else SHOWN_PER_GROUP
    in_groups = {
        state: [i for i in items if i["state"] == state and i["kind"] not in NUDGES]
        for state in AGENDA_STATES
    }
    contacts: dict[int, dict] = {}
    # What every item shows alike; the CSRF token is the session's, in each form.
    page = {"today": day, "tone": tone, "csrf": csrf_token(), "url": url_for("web.mark_sent")}
    groups = {}
    drafted = 0
    for state, group in in_groups.items():
        groups[state] = []
        for item in group[:shown]:
            draft = None
            if drafted < DRAFTED_IN_PLACE and item["draft_kind"]:
                draft = _draft_for(item, contacts, tone)
                drafted += 1
            contact = contacts.get(item["contact"]["id"]) if item["contact"] else None
            groups[state].append(_rendered(item, draft, contact, page))
    hidden = {state: len(group) - len(groups[state]) for state, group in in_groups.items()}
    nudges = [item for item in items if item["kind"] in NUDGES]
    feed = calendar_url(current_app.config["SEGUE_PORT"], load_or_create_token(calendar_key_path()))
    return (
        render_template(
            "today.html",
            today=day,
            groups=groups,
            hidden=hidden,
            titles=STATE_TITLES,
            nudges=nudges,
            tone=tone,
            tones=TONES,
            calendar_webcal="webcal://" + feed.split("://", 1)[1],
            calendar_https=feed,
            errors=errors or {},
        ),
        status,
    )


def _rendered(item: dict, draft, contact: dict | None, page: dict) -> Markup:
    """One item's HTML, kept by everything it shows: after a touch, only the items that
    changed are rendered again (fifty items with their forms were most of the page's time)."""
    email = contact["email"] if contact else None
    inputs = {"item": item, "draft": draft, "email": email, **page}

    def render():
        return Markup(
            render_template(
                "_agenda_item.html",
                item=_shown(item, draft),
                contact=contact,
                today=page["today"],
                tone=page["tone"],
                mark_sent_url=page["url"],
                channel_options=CHANNEL_OPTIONS,
            )
        )

    return ITEMS.get(inputs, render)


def _shown(item: dict, draft: dict | None) -> SimpleNamespace:
    """An item as the template reads it. Jinja finds an attribute at once, and a dict's key
    only after looking for an attribute first and failing: for fifty items with their forms
    that was a fifth of the page's time."""
    nested = {key: SimpleNamespace(**item[key]) for key in ("contact", "opportunity") if item[key]}
    return SimpleNamespace(**{**item, **nested, "draft": draft})


def _draft_for(item: dict, contacts: dict, tone: str) -> dict | None:
    """The item's draft; `contacts` keeps each contact read once for the whole page."""
    if not item["contact"]:
        return None
    contact_id = item["contact"]["id"]
    if contact_id not in contacts:
        contacts[contact_id] = get_contact(contact_id)
    contact = contacts[contact_id]
    if contact is None:
        return None
    return best_draft(item["draft_kind"], contact, tone, item.get("interview_id"))


@bp.post("/touches")
def mark_sent():
    """Record what the user sent; the plan moves on because the agenda is worked out again."""
    data, errors = load_form(TouchCreateSchema())
    if not errors:
        data.setdefault("sent_on", datetime.date.today())
        try:
            create_touch(data)
        except UnknownReference as error:
            errors = {error.field: [error.message]}
    if errors:
        return today(errors=errors, status=422)
    return redirect(url_for("web.today"), code=303)
