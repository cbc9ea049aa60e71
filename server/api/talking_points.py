"""Talking points: what to open with, derived from shared background or typed by the user."""

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from server.store.contacts import get_contact
from server.store.talking_points import (
    add_talking_point,
    delete_talking_point,
    update_talking_point,
)

from .common import found
from .schemas import TalkingPointCreateSchema, TalkingPointEditSchema, TalkingPointSchema

blp = Blueprint("talking_points", __name__, url_prefix="/api", description="Talking points")


@blp.route("/contacts/<id:contact_id>/talking-points")
class ContactTalkingPoints(MethodView):
    @blp.response(200, TalkingPointSchema(many=True))
    def get(self, contact_id):
        """List a contact's talking points, strongest first"""
        return found(get_contact(contact_id))["talking_points"]

    @blp.arguments(TalkingPointCreateSchema())
    @blp.response(201, TalkingPointSchema)
    def post(self, data, contact_id):
        """Add something from the interview, an article to forward, or a note"""
        return found(add_talking_point(contact_id, data))


@blp.route("/talking-points/<id:point_id>")
class TalkingPointById(MethodView):
    @blp.arguments(TalkingPointEditSchema())
    @blp.response(200, TalkingPointSchema)
    def patch(self, data, point_id):
        """Edit a talking point; an edited derived point becomes the user's own"""
        return found(update_talking_point(point_id, data), "talking point")

    @blp.response(204)
    def delete(self, point_id):
        """Remove a talking point"""
        if not delete_talking_point(point_id):
            abort(404, message="No such talking point.")
