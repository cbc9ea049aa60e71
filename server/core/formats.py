"""Formats and choices that typed input and imported files must both meet."""

import re

# What str.strip() removes, spelled out: the OpenAPI document repeats these patterns, and a
# client's \s (JavaScript's, say) is not quite Python's.
SPACES = (
    r"\u0009-\u000d\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A year ("2019") or a year and month ("2019-07"), as LinkedIn shows dates.
PARTIAL_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")
PHONE = re.compile(rf"^[0-9+().\-{SPACES}/x#*]*$")
WEB_URL = re.compile(rf"^[hH][tT][tT][pP][sS]?://[^{SPACES}/$.?#\x00][^{SPACES}\x00]*$")
# How the user prefers to reach a contact; "" = not said. "mail" is a posted letter.
CHANNELS = ("", "email", "linkedin", "phone", "text", "mail")
