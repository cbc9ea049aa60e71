"""Formats and choices that typed input and imported files must both meet."""

import re

# A year ("2019") or a year and month ("2019-07"), as LinkedIn shows dates.
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
PHONE = re.compile(r"^[0-9+().\-\s/x#*]*$")
WEB_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
# How the user prefers to reach a contact; "" = not said. "mail" is a posted letter.
CHANNELS = ("", "email", "linkedin", "phone", "text", "mail")
