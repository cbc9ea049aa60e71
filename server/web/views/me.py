"""About me: the user's own background, the same fields as the extension's options."""

from flask import redirect, render_template, request, url_for

from server.api.schemas import MeSchema
from server.store.me import get_me, put_me

from .. import bp
from ..forms import load_form

ROW_FIELDS = {
    "schools": ("school", "degree", "start", "end"),
    "employers": ("company", "title", "start", "end"),
}
YEARS = ("start", "end")
# One empty row beyond what is stored, so a school or employer can be added without script.
SPARE_ROWS = 1


def rows_from_form(form, key: str) -> list[dict]:
    """The rows a form sent as `schools-0-school`, `schools-0-degree`, …, blank rows left out."""
    fields = ROW_FIELDS[key]
    rows, index = [], 0
    while f"{key}-{index}-{fields[0]}" in form:
        row = {name: form.get(f"{key}-{index}-{name}", "").strip() for name in fields}
        if any(row.values()):
            # A missing year means "present" for an end, "unknown" for a start: both null.
            rows.append({n: v or None if n in YEARS else v for n, v in row.items()})
        index += 1
    return rows


@bp.get("/me")
def about_me(errors=None, form=None, status=200):
    me = get_me() if form is None else form
    return (
        render_template(
            "me.html", me=me, row_fields=ROW_FIELDS, spare=SPARE_ROWS, errors=errors or {},
            saved=request.args.get("saved"),
        ),
        status,
    )


@bp.post("/me")
def save_me():
    form = {
        "full_name": request.form.get("full_name", ""),
        "headline": request.form.get("headline", ""),
        "location": request.form.get("location", ""),
        "account_type": request.form.get("account_type", "free"),
        "schools": rows_from_form(request.form, "schools"),
        "employers": rows_from_form(request.form, "employers"),
        "interests": [w.strip() for w in request.form.get("interests", "").split(",") if w.strip()],
    }
    data, errors = load_form(MeSchema(), form)
    if errors:
        return about_me(errors=errors, form=form, status=422)
    put_me(data)
    return redirect(url_for("web.about_me", saved=1), code=303)
