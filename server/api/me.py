"""The user's own background: schools, employers, interests, account type."""

from flask.views import MethodView

from server.store.me import get_me, put_me

from .json_body import Blueprint
from .schemas import MeSchema

blp = Blueprint("me", __name__, url_prefix="/api", description="The user's own background")


@blp.route("/me")
class MeResource(MethodView):
    @blp.response(200, MeSchema)
    def get(self):
        """Read the user's background"""
        return get_me()

    @blp.arguments(MeSchema())
    @blp.response(200, MeSchema)
    def put(self, data):
        """Replace the user's background and recompute every contact's shared points"""
        return put_me(data)
