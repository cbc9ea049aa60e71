"""How far back the rows that can still put an item on the agenda reach.

Every item has a moment: the day its rule first makes it due, before spacing moves it on. An
item drops off once its moment is further behind `today` than `timing.KEEPS` allows, and each
moment falls a bounded number of days after the interview, expected decision, touch or ending
it comes from. So a row older than these bounds can change no item shown, and a store may
leave it unread. `tests/server/test_agenda_horizon.py` holds the store's reading of these
bounds to the agenda of the whole plan.
"""

import datetime

from server.core.plan.timeframes import FURTHEST as TIMEFRAME_READ_AT_MOST
from server.core.plan.timing import (
    CHECK_IN_GAPS,
    FOLLOW_UP_AFTER_DECISION,
    FOLLOW_UP_WITHOUT_TIMEFRAME,
    KEEPS,
)

# The longest an item stays on the agenda after its moment.
LONGEST_KEPT = max(KEEPS.values())
# The furthest a moment falls after the interview, decision or touch it is counted from.
FURTHEST_STEP = max(FOLLOW_UP_WITHOUT_TIMEFRAME, FOLLOW_UP_AFTER_DECISION, *CHECK_IN_GAPS)
# Three months, as `timing.STAY_IN_TOUCH_AFTER` adds them, are never more than 92 days.
STAY_IN_TOUCH_AT_MOST = datetime.timedelta(days=92)


def live_since(today: datetime.date) -> datetime.date:
    """Interviews, decisions and touches before this day can no longer make an item shown."""
    return today - LONGEST_KEPT - FURTHEST_STEP


def ended_since(today: datetime.date) -> datetime.date:
    """An opportunity that ended before this day has had its stay-in-touch moment pass.

    Always before `live_since`: three months are longer than any other step.
    """
    return today - KEEPS["stay_in_touch"] - STAY_IN_TOUCH_AT_MOST


def unread_timeframe_since(today: datetime.date) -> datetime.date:
    """An interview whose timeframe the store could not read is live from this day on: the rules
    read it again, and a reading may reach a year ahead (`timeframes.FURTHEST`)."""
    return live_since(today) - TIMEFRAME_READ_AT_MOST
