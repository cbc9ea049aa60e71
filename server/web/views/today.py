"""Today: what is due, overdue first, each with the draft that fits and a way to mark it sent."""

import datetime

from flask import current_app, redirect, render_template, request, url_for

from server.api.calendar import calendar_url
from server.api.plan_schemas import TouchCreateSchema
from server.api.security import calendar_key_path
from server.core.plan.model import AGENDA_STATES, CHANNELS
from server.core.suggestions import TONES
from server.store.agenda import agenda
from server.store.contacts import get_contact
from server.store.plan import UnknownReference, create_touch
from server.token import load_or_create_token

from .. import bp
from ..drafts import best_draft, tone_of
from ..forms import load_form

AGENDA_DAYS = 14
# Shown as a gentle line under the plan, not as a task to tick off.
NUDGES = ("keep_searching",)
STATE_TITLES = {"overdue": "Overdue", "today": "Today", "upcoming": "Next two weeks"}


@bp.get("/")
def today(errors=None, status=200):
    day = datetime.date.today()
    items = agenda(day, AGENDA_DAYS)["items"]
    tone = tone_of(request.args)
    contacts: dict[int, dict] = {}
    for item in items:
        if item["contact"] and item["contact"]["id"] not in contacts:
            contacts[item["contact"]["id"]] = get_contact(item["contact"]["id"])
    groups = {
        state: [
            {**item, "draft": _draft_for(item, contacts, tone)}
            for item in items
            if item["state"] == state and item["kind"] not in NUDGES
        ]
        for state in AGENDA_STATES
    }
    nudges = [item for item in items if item["kind"] in NUDGES]
    feed = calendar_url(current_app.config["SEGUE_PORT"], load_or_create_token(calendar_key_path()))
    return (
        render_template(
            "today.html",
            today=day,
            groups=groups,
            titles=STATE_TITLES,
            nudges=nudges,
            contacts=contacts,
            channels=CHANNELS,
            tone=tone,
            tones=TONES,
            calendar_webcal="webcal://" + feed.split("://", 1)[1],
            calendar_https=feed,
            errors=errors or {},
        ),
        status,
    )


def _draft_for(item: dict, contacts: dict, tone: str) -> dict | None:
    contact = contacts.get((item["contact"] or {}).get("id"))
    return best_draft(item["draft_kind"], contact, tone) if contact else None


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

