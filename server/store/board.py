"""The pipeline board's reads: how many opportunities each status holds, and the cards shown.

A career of searches ends thousands of opportunities and keeps a few dozen open, and the board
shows a page of cards per column. So it counts every column in one query, picks the shown
cards of every column in another (each by an index), and reads for those cards alone only
what a card shows: company, role, the next interview, and the people met or written to.
"""

import datetime
from collections import defaultdict

from peewee import fn

from server.core.plan.model import CLOSED_WITHOUT_OFFER

from .db import db
from .models import Contact, Interview, InterviewInterviewer, Opportunity, Touch
from .plan_serialize import clock, day
from .raw_rows import clock_of, day_of
from .statements import Prepared, rendered


def status_counts() -> dict[str, int]:
    """How many opportunities each status holds (a status with none is left out)."""
    sql, _ = rendered(
        "board_counts",
        lambda: Opportunity.select(Opportunity.status, fn.COUNT(Opportunity.id)).group_by(
            Opportunity.status
        ),
    )
    return dict(db.execute_sql(sql).fetchall())


def ranked_ids(pages: dict[str, tuple[int, int]], *, by_closing: bool = False) -> dict:
    """Per status, the ids of the `limit` newest opportunities after the first `offset`.

    `pages` maps a status to (offset, limit). Newest is by when each was added, as the whole
    list orders them; with `by_closing`, a closed one's by when it was closed, as the board
    looks back on them. One query reads every column, each by its own index.
    """
    if not pages:
        return {}
    mark = db.param
    parts = []
    params = []
    for number, (status, (offset, limit)) in enumerate(pages.items()):
        key = "status_changed_at" if by_closing and status in CLOSED_WITHOUT_OFFER else "created_at"
        parts.append(
            f'SELECT * FROM (SELECT id, status, {key} AS newest FROM "opportunity"'
            f" WHERE status = {mark} ORDER BY {key} DESC, id DESC LIMIT {mark} OFFSET {mark})"
            f" AS column{number}"
        )
        params += [status, limit, offset]
    sql = " UNION ALL ".join(parts) + " ORDER BY status, newest DESC, id DESC"
    ids = {status: [] for status in pages}
    for opportunity_id, status, _ in db.execute_sql(sql, params):
        ids[status].append(opportunity_id)
    return ids


_CARDS = Prepared(
    lambda ids: Opportunity.select(
        Opportunity.id, Opportunity.company, Opportunity.role, Opportunity.status
    ).where(Opportunity.id.in_(ids))
)
_NEXT_INTERVIEWS = Prepared(
    lambda ids, today: (
        Interview.select(Interview.opportunity, Interview.on, Interview.at, Interview.stage)
        .where(Interview.opportunity.in_(ids) & (Interview.on >= today))
        .order_by(Interview.on, Interview.at, Interview.id)
    )
)
# The people of a card in the order the whole list gives them: the interviewers, interview by
# interview, then whoever else the user wrote to about it, by their first touch. Their names
# are read once each afterwards: a card's touches name the same few people many times.
_INTERVIEWERS = Prepared(
    lambda ids: (
        InterviewInterviewer.select(Interview.opportunity, InterviewInterviewer.contact)
        .join(Interview)
        .where(Interview.opportunity.in_(ids))
        .order_by(Interview.on, Interview.at, Interview.id, InterviewInterviewer.ordinal)
    )
)
_WRITTEN_TO = Prepared(
    lambda ids: (
        Touch.select(Touch.opportunity, Touch.contact)
        .where(Touch.opportunity.in_(ids))
        .order_by(Touch.sent_on, Touch.id)
    )
)
_NAMES = Prepared(
    lambda ids: Contact.select(Contact.id, Contact.full_name).where(Contact.id.in_(ids))
)


def board_cards(pages: dict[str, tuple[int, int]], today: datetime.date) -> dict[str, list]:
    """Per status in `pages` (status -> (offset, limit)), that page of its cards, ended ones
    by when they ended and open ones newest first.

    A card is {id, company, role, status, next_interview: {on, at, stage} or None (the first
    on or after `today`), contacts: [{id, full_name}]}.
    """
    columns = ranked_ids(pages, by_closing=True)
    ids = [i for column in columns.values() for i in column]
    if not ids:
        return {status: [] for status in pages}
    cards = {
        opportunity_id: {
            "id": opportunity_id,
            "company": company,
            "role": role,
            "status": status,
            "next_interview": None,
            "contacts": [],
        }
        for opportunity_id, company, role, status in _CARDS.rows(ids=ids)
    }
    for opportunity_id, on, at, stage in _NEXT_INTERVIEWS.rows(ids=ids, today=today):
        if cards[opportunity_id]["next_interview"] is None:
            cards[opportunity_id]["next_interview"] = {
                "on": day(day_of(on)),
                "at": clock(clock_of(at)),
                "stage": stage,
            }
    people = defaultdict(dict)
    for query in (_INTERVIEWERS, _WRITTEN_TO):
        for opportunity_id, contact_id in query.rows(ids=ids):
            people[opportunity_id][contact_id] = None
    everyone = list({contact_id for found in people.values() for contact_id in found})
    names = dict(_NAMES.rows(ids=everyone).fetchall()) if everyone else {}
    for opportunity_id, found in people.items():
        cards[opportunity_id]["contacts"] = [
            {"id": contact_id, "full_name": names[contact_id]} for contact_id in found
        ]
    return {status: [cards[i] for i in column] for status, column in columns.items()}
