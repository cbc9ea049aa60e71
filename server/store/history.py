"""A contact's history with the user: the interviews they were in, and what was sent them."""

from .models import Interview, InterviewInterviewer, Opportunity
from .plan import touches_of
from .plan_serialize import day


def contact_history(contact_id: int) -> dict:
    """`{"interviews": [...], "touches": [...]}` for one contact, oldest first."""
    query = (
        Interview.select(
            Interview.id, Interview.on, Interview.stage, Opportunity.company, Opportunity.role
        )
        .join(InterviewInterviewer)
        .switch(Interview)
        .join(Opportunity)
        .where(InterviewInterviewer.contact == contact_id)
        .order_by(Interview.on, Interview.id)
    )
    interviews = [
        {
            "id": row.id,
            "on": day(row.on),
            "stage": row.stage,
            "company": row.opportunity.company,
            "role": row.opportunity.role,
        }
        for row in query
    ]
    return {"interviews": interviews, "touches": touches_of(contact_id) or []}
