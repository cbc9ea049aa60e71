"""When each step of the follow-up is due, in days, as the plan's rules count them."""

import datetime
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from server.core.plan.model import Interview
from server.core.plan.timeframes import read_timeframe

DAY = datetime.timedelta(days=1)

# A follow-up gives the decision a few days' grace past the day it was expected.
FOLLOW_UP_AFTER_DECISION = 3 * DAY
# No timeframe (or one that can't be read): about ten days is the usual advice.
FOLLOW_UP_WITHOUT_TIMEFRAME = 10 * DAY
# The first check-in a week after the follow-up, the second two weeks after the first.
CHECK_IN_GAPS = (7 * DAY, 14 * DAY)
# Never ask for a follow-up, check-in or stay-in-touch sooner than this after the last touch.
QUIET_AFTER_TOUCH = 7 * DAY
STAY_IN_TOUCH_AFTER = relativedelta(months=3)
KEEP_SEARCHING_AFTER = 7 * DAY
ACTIVE_ENOUGH = 3

# How long an item stays on the agenda past its due day before its moment has passed:
# a thank-you weeks late reads oddly, and a follow-up a month late is better replaced by news.
KEEPS = {
    "thank_you": 7 * DAY,
    "connection_request": 14 * DAY,
    "follow_up": 30 * DAY,
    "check_in": 30 * DAY,
    "stay_in_touch": 30 * DAY,
}


def decision_day(interview: Interview) -> datetime.date | None:
    """The day a decision is expected: the one the user gave, else read from the timeframe."""
    return interview.decide_by or read_timeframe(interview.timeframe, interview.on)


def follow_up_on(interview: Interview) -> datetime.date:
    """The day to follow up: three days past the expected decision, or ten days on without one."""
    decided = decision_day(interview)
    if decided is None:
        return interview.on + FOLLOW_UP_WITHOUT_TIMEFRAME
    # A decide_by typed before the interview day still leaves the interview its grace.
    return max(decided, interview.on) + FOLLOW_UP_AFTER_DECISION


@lru_cache(maxsize=4096)
def stay_in_touch_on(ended_on: datetime.date) -> datetime.date:
    """The day to get back in touch after an opportunity ended.

    Adding a relativedelta costs more than the rest of the rule; a search's opportunities
    end on a few hundred distinct days, so each day's answer is worked out once.
    """
    return ended_on + STAY_IN_TOUCH_AFTER
