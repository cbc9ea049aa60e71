"""Import (a dry-run preview first, then the real thing) and every export format."""

import marshmallow as ma
from flask import abort, render_template, request

from server.api.exchange import (
    ExportQueryArgsSchema,
    backup_export,
    csv_export,
    import_file,
    vcard_export,
)
from server.core.exchange import UnreadableFile

from .. import bp, uploads

EXPORTS = (
    ("segue", "Segue CSV (every field)"),
    ("google", "Google Contacts CSV"),
    ("outlook", "Outlook CSV"),
)


def import_page(**context):
    status = context.pop("status", 200)
    return render_template("import.html", exports=EXPORTS, **context), status


@bp.get("/import")
def import_form():
    return import_page()


@bp.post("/import")
def import_preview():
    """Read the uploaded file and show what importing it would do; nothing is written yet."""
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return import_page(error="Choose a file to import.", status=422)
    data = upload.read()
    try:
        report = import_file(data, dry_run=True)
    except UnreadableFile as error:
        return import_page(error=error.message, status=422)
    return import_page(preview=report, upload_id=uploads.keep(data), filename=upload.filename)


@bp.post("/import/confirm")
def import_confirm():
    """Import the file the preview was made from."""
    data = uploads.take(request.form.get("upload_id", ""))
    if data is None:
        return import_page(error="That upload was already imported or has expired.", status=410)
    return import_page(done=import_file(data, dry_run=False))


@bp.get("/export/contacts.csv")
def export_csv():
    try:
        args = ExportQueryArgsSchema().load(request.args)
    except ma.ValidationError:
        abort(422)
    return csv_export(args["format"])


@bp.get("/export/contacts.vcf")
def export_vcard():
    return vcard_export()


@bp.get("/export/segue.zip")
def export_backup():
    return backup_export()
