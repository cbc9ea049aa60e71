"""Today: what is due, overdue first, with the draft that fits each item."""

from flask import render_template

from .. import bp


@bp.get("/")
def today():
    return render_template("today.html", items=[])
