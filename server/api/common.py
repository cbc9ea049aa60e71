"""Small helpers the views share."""

from flask_smorest import abort


def found(value, what="contact"):
    """Return `value`, or answer 404 naming what was not found."""
    if value is None:
        abort(404, message=f"No such {what}.")
    return value
