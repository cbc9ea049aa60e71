"""What "keep searching" reads of the whole pipeline, in a shape a store can count in SQL.

The rule needs only a few facts about every opportunity the user has ever added: how many are
active, when an offer was last accepted, and which was added last (of all, and of those waiting
on a decision). Two thousand opportunities of a long search are read as those few facts rather
than row by row.
"""

import datetime
from dataclasses import dataclass

from server.core.plan.model import ENDED_STATUSES, Opportunity

# Under way: not ended, and past the wishlist.
NOT_ACTIVE_STATUSES = (*ENDED_STATUSES, "wishlist")
# Applied or interviewing: the user is waiting to hear.
WAITING_STATUSES = ("applied", "interviewing")


@dataclass(frozen=True)
class Pipeline:
    """The pipeline as keep_searching sees it."""

    active: int = 0
    # The day the last offer was accepted (date.max when the day is unknown), or None.
    accepted_on: datetime.date | None = None
    # The opportunity added last (`added_on`, then id), and the last added of those waiting.
    latest: Opportunity | None = None
    latest_waiting: Opportunity | None = None


def search_ended(pipeline: Pipeline) -> bool:
    """An accepted offer ends the search, until an opportunity is added after it."""
    if pipeline.accepted_on is None:
        return False
    return pipeline.latest is None or added_on(pipeline.latest) <= pipeline.accepted_on


def accepted_on(opportunities) -> datetime.date | None:
    """The day the last offer was accepted, date.max for one accepted on an unknown day."""
    days = [o.status_changed_on or datetime.date.max for o in opportunities]
    return max(days, default=None)


def added_on(opportunity: Opportunity) -> datetime.date:
    """The day an opportunity joined the search: when the user applied, else when it was added."""
    return opportunity.applied_on or opportunity.created_on


def added_order(opportunity: Opportunity) -> tuple:
    return (added_on(opportunity), opportunity.id)


def summarise_pipeline(opportunities) -> Pipeline:
    """The facts keep_searching reads, from every opportunity."""
    opportunities = list(opportunities)
    waiting = [o for o in opportunities if o.status in WAITING_STATUSES]
    return Pipeline(
        active=sum(o.status not in NOT_ACTIVE_STATUSES for o in opportunities),
        accepted_on=accepted_on(o for o in opportunities if o.status == "accepted"),
        latest=max(opportunities, key=added_order, default=None),
        latest_waiting=max(waiting, key=added_order, default=None),
    )
