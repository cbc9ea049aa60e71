"""The whole backup in one file: contacts and the follow-up plan, as a ZIP of CSV files."""

from flask.views import MethodView
from flask_smorest import Blueprint

from server.core.exchange import csv_chunks
from server.core.exchange.segue_zip import segue_zip
from server.store.exchange import export_chunks
from server.store.plan_exchange import plan_files

from .exchange import FILE_RESPONSE, attachment

blp = Blueprint("backup", __name__, url_prefix="/api", description="Export and import")


@blp.route("/export/plan.zip")
class PlanZipExport(MethodView):
    @blp.response(200, FILE_RESPONSE, content_type="application/zip")
    def get(self):
        """Download contacts.csv with opportunities, interviews and touches, as one ZIP"""
        body = segue_zip(csv_chunks("segue", export_chunks()), plan_files())
        return attachment(iter([body]), "application/zip", "segue-backup", "zip")
