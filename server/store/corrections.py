"""The user's corrections of profile fields: what they typed is shown, the profile's kept beside.

A contact's columns (full_name, current_title, …) hold what is shown. For each field the user
corrected, `profile_values` keeps what the LinkedIn profile says (None while no capture has
said), so a re-capture updates that instead of the user's words, and clearing the correction
("" or null) shows the profile's value again. Hand-made contacts start with what the user typed
marked as theirs, so capturing the profile later keeps it too.
"""

CORRECTABLE_FIELDS = ("full_name", "current_title", "current_company", "headline", "location")
# What the profile said about these stays searchable beside the correction: the user may
# remember either ("Director" or "Senior Director, Data Platform").
SEARCHED_FIELDS = ("full_name", "headline", "current_company")


class NameRequired(ValueError):
    """Clearing the name would leave the contact without one: the profile never gave one."""


def captured_changes(contact, changes: dict) -> dict:
    """A capture's `changes` without the fields the user corrected, whose values go beside."""
    corrected = dict(contact.profile_values or {})
    if not corrected:
        return changes
    kept = dict(changes)
    for field in CORRECTABLE_FIELDS:
        if field in corrected and field in kept:
            corrected[field] = kept.pop(field)
    if "full_name" in corrected:
        # The first name a note greets them by follows the name the user typed.
        kept.pop("first_name", None)
        kept.pop("last_name", None)
    if corrected != contact.profile_values:
        contact.profile_values = corrected
    return kept


def apply_typed(contact, data: dict) -> None:
    """Apply what the user typed into correctable fields: a value corrects, "" or None clears.

    Raises NameRequired when clearing the name would leave none.
    """
    corrected = dict(contact.profile_values or {})
    for field in CORRECTABLE_FIELDS:
        if field not in data:
            continue
        value = data[field] or ""
        if value:
            # The value shown until now is what the profile (or an imported file) said.
            corrected.setdefault(field, getattr(contact, field) or None)
            setattr(contact, field, value)
        elif field in corrected:
            profile_value = corrected.pop(field) or ""
            if field == "full_name" and not profile_value:
                raise NameRequired
            setattr(contact, field, profile_value)
    if corrected != (contact.profile_values or {}):
        contact.profile_values = corrected


def shown_profile_values(stored: dict | None) -> dict:
    """The contact JSON's `profile_values`: each corrected field the profile has a value for."""
    return {field: value for field, value in (stored or {}).items() if value is not None}


def searched_profile_values(contact) -> dict:
    """What the profile says about the searched fields the user corrected ("" when nothing)."""
    stored = contact.profile_values or {}
    return {field: stored.get(field) or "" for field in SEARCHED_FIELDS}
