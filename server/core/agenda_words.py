"""How an agenda item is named where there is room for a line only: calendar, terminal."""

# What to do, as a person would jot it in a diary.
WHAT = {
    "thank_you": "Thank-you",
    "connection_request": "Connect",
    "follow_up": "Follow up",
    "check_in": "Check in",
    "stay_in_touch": "Stay in touch",
    "keep_searching": "Keep searching",
}
SUMMARY = {
    "thank_you": "Send {name} a thank-you",
    "connection_request": "Connect with {name} on LinkedIn",
    "follow_up": "Follow up with {name}",
    "check_in": "Check in with {name}",
    "stay_in_touch": "Stay in touch with {name}",
}


def item_summary(item: dict) -> str:
    """One line for an agenda item (the API's shape): "Follow up with Priya Raman (Acme)"."""
    contact, opportunity = item.get("contact"), item.get("opportunity")
    if item["kind"] == "keep_searching":
        line = "Keep your search moving"
    else:
        # An interview logged without its interviewers still asks for its notes.
        name = (contact or {}).get("full_name") or "your interviewer"
        line = SUMMARY[item["kind"]].format(name=name)
    if opportunity and opportunity["company"]:
        line += f" ({opportunity['company']})"
    return line
