"""Touches: what the user sent whom, which answers the agenda's items."""

import datetime

from flask.views import MethodView
from flask_smorest import Blueprint

from server.store.plan import create_touch, touches_of

from .common import found, shaped, unprocessable_on_unknown_reference
from .plan_schemas import TouchCreateSchema, TouchSchema

blp = Blueprint("touches", __name__, url_prefix="/api", description="What was sent")


@blp.route("/touches")
class Touches(MethodView):
    @blp.arguments(TouchCreateSchema())
    @blp.response(201, TouchSchema)
    def post(self, data):
        """Record something sent to a contact (today unless `sent_on` says otherwise)"""
        data.setdefault("sent_on", datetime.date.today())
        with unprocessable_on_unknown_reference():
            return shaped(create_touch(data)), 201


@blp.route("/contacts/<id:contact_id>/touches")
class ContactTouches(MethodView):
    @blp.response(200, TouchSchema(many=True))
    def get(self, contact_id):
        """List what was sent to a contact, oldest first"""
        return shaped(found(touches_of(contact_id)))
