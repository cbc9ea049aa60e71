"""Contacts out as CSV or vCard files, and contacts in from an uploaded file."""

import datetime

import marshmallow as ma
from flask import Response, stream_with_context
from flask.views import MethodView
from flask_smorest import abort
from flask_smorest.fields import Upload

from server.core.exchange import (
    CSV_FORMATS,
    UnreadableFile,
    csv_chunks,
    read_contacts,
    vcard_chunks,
)
from server.core.exchange.segue_zip import is_zip, read_backup, segue_zip
from server.store.exchange import export_chunks, import_contacts
from server.store.plan_exchange import import_backup, plan_files

from .fields import QueryBoolean
from .json_body import Blueprint

blp = Blueprint("exchange", __name__, url_prefix="/api", description="Export and import")

FILE_RESPONSE = {"type": "string", "format": "binary"}


class ExportQueryArgsSchema(ma.Schema):
    format = ma.fields.String(
        load_default="segue",
        validate=ma.validate.OneOf(sorted(CSV_FORMATS)),
        metadata={"description": "segue (every field), google or outlook (their import layouts)"},
    )


class ImportQueryArgsSchema(ma.Schema):
    dry_run = QueryBoolean(
        load_default=False, metadata={"description": "Report what would happen; write nothing"}
    )


class ImportFileSchema(ma.Schema):
    file = Upload(
        required=True,
        metadata={
            "description": "Segue CSV or ZIP, LinkedIn Connections.csv, Google or Outlook CSV, .vcf"
        },
    )


class ImportErrorSchema(ma.Schema):
    line = ma.fields.Integer(dump_only=True, metadata={"description": "1-based line in the file"})
    message = ma.fields.String(dump_only=True)


class ImportStopSchema(ma.Schema):
    line = ma.fields.Integer(dump_only=True, metadata={"description": "First line not written"})
    message = ma.fields.String(dump_only=True)


class ImportReportSchema(ma.Schema):
    format = ma.fields.String(dump_only=True)
    created = ma.fields.Integer(dump_only=True)
    updated = ma.fields.Integer(dump_only=True)
    skipped = ma.fields.Integer(
        dump_only=True, metadata={"description": "Blank rows, and matches with nothing new"}
    )
    errors = ma.fields.List(ma.fields.Nested(ImportErrorSchema), dump_only=True)
    stopped = ma.fields.Nested(
        ImportStopSchema,
        dump_only=True,
        metadata={
            "description": "Only when the import stopped: where, and why; the counts are "
            "what it wrote"
        },
    )
    plan = ma.fields.Dict(
        dump_only=True,
        metadata={
            "description": "A Segue ZIP: {opportunities, interviews, touches: {created, skipped}}"
        },
    )


def attachment(chunks, mimetype: str, name: str, extension: str) -> Response:
    """A streamed download named for today, so exports taken on different days don't collide."""
    filename = f"{name}-{datetime.date.today().isoformat()}.{extension}"
    return Response(
        stream_with_context(chunks),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def csv_export(format_name: str) -> Response:
    """Every contact as a streamed CSV download in one of `CSV_FORMATS`."""
    name = "segue-contacts" if format_name == "segue" else f"segue-{format_name}"
    return attachment(csv_chunks(format_name, export_chunks()), "text/csv", name, "csv")


def vcard_export() -> Response:
    """Every contact as a streamed vCard 3.0 download."""
    return attachment(vcard_chunks(export_chunks()), "text/vcard", "segue-contacts", "vcf")


@blp.route("/export/contacts.csv")
class ContactsCsvExport(MethodView):
    @blp.arguments(ExportQueryArgsSchema, location="query")
    @blp.response(200, FILE_RESPONSE, content_type="text/csv")
    def get(self, args):
        """Download every contact as CSV, streamed, in Segue's, Google's or Outlook's layout"""
        return csv_export(args["format"])


@blp.route("/export/contacts.vcf")
class ContactsVcardExport(MethodView):
    @blp.response(200, FILE_RESPONSE, content_type="text/vcard")
    def get(self):
        """Download every contact as vCard 3.0, one card each"""
        return vcard_export()


@blp.route("/import")
class Import(MethodView):
    @blp.arguments(ImportQueryArgsSchema, location="query")
    @blp.arguments(ImportFileSchema, location="files")
    @blp.response(200, ImportReportSchema)
    def post(self, args, files):
        """Import contacts from a file; bad rows are reported by line, good rows all go in

        Rows are written in short transactions. Should the database refuse some, the counts
        are what was written and `stopped` says where; importing the file again is safe.
        """
        try:
            return import_file(files["file"].read(), dry_run=args["dry_run"])
        except UnreadableFile as error:
            abort(422, message=error.message, errors={"files": {"file": [error.message]}})


def import_file(data: bytes, *, dry_run: bool) -> dict:
    """Import an uploaded file: a Segue ZIP backup, or contacts in any format read_contacts knows.

    Raises UnreadableFile when it is neither.
    """
    if is_zip(data):
        return import_backup(read_backup(data), dry_run=dry_run)
    return import_contacts(read_contacts(data), dry_run=dry_run)


def backup_export() -> Response:
    """Every contact and the whole plan as a Segue ZIP, as `segue export --format segue-zip`."""
    body = segue_zip(csv_chunks("segue", export_chunks()), plan_files())
    return attachment(iter([body]), "application/zip", "segue-backup", "zip")
