"""The follow-up plan's rows as the plain dicts the API answers with."""

from .serialize import iso


def day(value):
    """A date as "YYYY-MM-DD", or None."""
    return value.isoformat() if value else None


def clock(value):
    """A time of day as "HH:MM", or None."""
    return value.strftime("%H:%M") if value else None


def person_to_dict(row) -> dict:
    """The few fields of a contact the plan shows beside an interview or an opportunity."""
    contact_id, full_name, first_name, title, company, url = row
    return {
        "id": contact_id,
        "full_name": full_name,
        "first_name": first_name,
        "current_title": title,
        "current_company": company,
        "linkedin_url": url,
    }


def opportunity_to_dict(opportunity, interviews: list[dict], contacts: list[dict]) -> dict:
    return {
        "id": opportunity.id,
        "company": opportunity.company,
        "role": opportunity.role,
        "job_url": opportunity.job_url,
        "status": opportunity.status,
        "applied_on": day(opportunity.applied_on),
        "source": opportunity.source,
        "notes": opportunity.notes,
        "status_changed_at": iso(opportunity.status_changed_at),
        "created_at": iso(opportunity.created_at),
        "updated_at": iso(opportunity.updated_at),
        "interviews": interviews,
        "contacts": contacts,
    }


def interview_to_dict(interview, interviewers: list[dict], follow_up_on) -> dict:
    return {
        "id": interview.id,
        "opportunity_id": interview.opportunity_id,
        "on": day(interview.on),
        "at": clock(interview.at),
        "stage": interview.stage,
        "format": interview.format,
        "next_steps": interview.next_steps,
        "timeframe": interview.timeframe,
        "decide_by": day(interview.decide_by),
        "decide_by_given": interview.decide_by_given,
        "follow_up_on": day(follow_up_on),
        "interviewer_ids": [person["id"] for person in interviewers],
        "interviewers": interviewers,
        "created_at": iso(interview.created_at),
        "updated_at": iso(interview.updated_at),
    }


def touch_to_dict(touch) -> dict:
    return {
        "id": touch.id,
        "contact_id": touch.contact_id,
        "kind": touch.kind,
        "channel": touch.channel,
        "sent_on": day(touch.sent_on),
        "interview_id": touch.interview_id,
        "opportunity_id": touch.opportunity_id,
        "text": touch.text,
        "created_at": iso(touch.created_at),
    }
