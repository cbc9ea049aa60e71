"""The follow-up plan: timeframes as people say them, and the rules that make the agenda."""

from server.core.plan.agenda import agenda_after_touches, build_agenda, follow_up_on
from server.core.plan.pipeline import Pipeline, summarise_pipeline
from server.core.plan.timeframes import read_timeframe

__all__ = [
    "Pipeline",
    "agenda_after_touches",
    "build_agenda",
    "follow_up_on",
    "read_timeframe",
    "summarise_pipeline",
]
