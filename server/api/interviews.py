"""One interview: read, correct, remove."""

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from server.store.plan import delete_interview, get_interview, update_interview

from .common import found, shaped, unprocessable_on_unknown_reference
from .plan_schemas import InterviewEditSchema, InterviewSchema

blp = Blueprint("interviews", __name__, url_prefix="/api/interviews", description="Interviews")


@blp.route("/<id:interview_id>")
class InterviewById(MethodView):
    @blp.response(200, InterviewSchema)
    def get(self, interview_id):
        """Read one interview with its interviewers and when to follow up"""
        return shaped(found(get_interview(interview_id), "interview"))

    @blp.arguments(InterviewEditSchema())
    @blp.response(200, InterviewSchema)
    def patch(self, data, interview_id):
        """Change an interview; new timeframe words are read again unless a date was given"""
        with unprocessable_on_unknown_reference():
            interview = update_interview(interview_id, data)
        return shaped(found(interview, "interview"))

    @blp.response(204)
    def delete(self, interview_id):
        """Remove an interview; its interviewers stay as contacts"""
        if not delete_interview(interview_id):
            abort(404, message="No such interview.")
