"""Writing messages: understand the points, plan, realise, fit and check (see draft.py)."""

from server.core.messages.check import lint_message, message_limit
from server.core.messages.draft import MESSAGE_KINDS, suggest
from server.core.messages.realise import TONES
from server.core.messages.understand import understand

__all__ = ["MESSAGE_KINDS", "TONES", "lint_message", "message_limit", "suggest", "understand"]
