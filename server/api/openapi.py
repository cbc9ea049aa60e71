"""What the OpenAPI document says beyond each view's own schemas, so it matches the server.

Every route passes `check_request` and the JSON body limits; their answers are documented
here, for every route, so a route added later is documented alike.
"""

from http import HTTPStatus

import marshmallow as ma
from apispec import BasePlugin

BODY_METHODS = ("post", "put", "patch")


class ErrorResponses(BasePlugin):
    """Each operation lists the errors it can answer, instead of one catch-all `default`."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        for method, operation in (operations or {}).items():
            responses = operation.setdefault("responses", {})
            responses.pop("default", None)
            codes = [403]  # a Host or Origin that is not the user's own
            if operation.get("security") != []:
                codes.append(401)
            if "{" in (path or ""):
                codes.append(404)
            body = operation.get("requestBody", {}).get("content", {})
            if method in BODY_METHODS and body:
                codes += [413, 415]
            if "application/json" in body:
                codes.append(400)  # not JSON, or JSON past the limits
            for code in codes:
                # flask-smorest registers a response per HTTPStatus name (413's changed in 3.13).
                responses.setdefault(str(code), HTTPStatus(code).name)


def nullable_nested_is_null_or_the_schema(self, field, ret, **kwargs):
    """apispec writes a nullable object as anyOf [its schema, any object]; the second is null."""
    loose = {"type": "object", "nullable": True}
    if isinstance(field, ma.fields.Nested) and loose in ret.get("anyOf", []):
        strict = {**loose, "enum": [None]}
        return {"anyOf": [strict if branch == loose else branch for branch in ret["anyOf"]]}
    return {}


def register(api):
    api.ma_plugin.converter.add_attribute_function(nullable_nested_is_null_or_the_schema)
