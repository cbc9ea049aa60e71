"""Pipeline: every opportunity on a board by status."""

from flask import render_template

from .. import bp


@bp.get("/pipeline")
def pipeline():
    return render_template("pipeline.html")
