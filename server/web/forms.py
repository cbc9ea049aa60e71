"""Submitted forms checked by the API's own schemas, so a page and the API accept the same."""

import marshmallow as ma
from flask import request


def load_form(schema: ma.Schema, form=None, *, only_changed: dict | None = None):
    """Return (data, errors) for the schema's fields in the form.

    With `only_changed` (what is stored now), fields the user left as they were are dropped,
    so saving a form never counts an untouched field as the user's correction.
    """
    form = request.form if form is None else form
    submitted = {name: form[name] for name in schema.fields if name in form}
    if only_changed is not None:
        submitted = {
            name: value
            for name, value in submitted.items()
            if value.strip() != (only_changed.get(name) or "")
        }
    try:
        return schema.load(_typed(schema, submitted)), {}
    except ma.ValidationError as error:
        return {}, error.messages


def _typed(schema: ma.Schema, submitted: dict) -> dict:
    # A form sends every value as text; the API's id fields take only JSON integers.
    return {
        name: int(value)
        if isinstance(schema.fields[name], ma.fields.Integer) and str(value).isdigit()
        else value
        for name, value in submitted.items()
    }
