"""Is the server up? The one route that needs no token."""

from flask.views import MethodView

from server.version import VERSION

from .json_body import Blueprint
from .schemas import HealthSchema

blp = Blueprint("health", __name__, url_prefix="/api", description="Liveness")


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    @blp.doc(security=[])
    def get(self):
        """Say the server is up, and which version it runs"""
        return {"status": "ok", "version": VERSION}
