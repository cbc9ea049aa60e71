"""The agenda: everything the plan holds, read at once and handed to the rules."""

import datetime

from server.core.plan import build_agenda

from .plan import load_plan
from .plan_serialize import day


def agenda(today: datetime.date, days: int) -> dict:
    """What is due by `today` and in the `days` after it, in the agenda's JSON shape."""
    plan = load_plan()
    people = {person.id: person for person in plan["people"]}
    opportunities = {opportunity.id: opportunity for opportunity in plan["opportunities"]}
    items = build_agenda(**plan, today=today, days=days)
    return {
        "today": day(today),
        "items": [agenda_item_to_dict(item, people, opportunities) for item in items],
    }


def agenda_item_to_dict(item, people: dict, opportunities: dict) -> dict:
    person = people.get(item.contact_id)
    opportunity = opportunities.get(item.opportunity_id)
    return {
        "id": item.id,
        "kind": item.kind,
        "due": day(item.due),
        "state": item.state,
        "why": item.why,
        "contact": None
        if person is None
        else {"id": person.id, "full_name": person.full_name, "first_name": person.first_name},
        "opportunity": None
        if opportunity is None
        else {
            "id": opportunity.id,
            "company": opportunity.company,
            "role": opportunity.role,
            "status": opportunity.status,
        },
        "interview_id": item.interview_id,
        "draft_kind": item.draft_kind,
        "channel": item.channel,
    }
