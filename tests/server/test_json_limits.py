"""Every JSON body is read within limits: too deep, too long a number, NaN are a clear 400.

The routes come from the OpenAPI document, so a route added later is covered without a change
here; so are its integer fields, which refuse a float instead of truncating it.
"""

import json

import pytest

from tests.conftest import TOKEN

HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
BASE_URL = "http://127.0.0.1:7313"

OVER_LIMITS = {
    "nested 1,000 deep": "[" * 1000 + "]" * 1000,
    "nested 33 deep": '{"a": ' * 33 + "1" + "}" * 33,
    "a 4,301-digit integer": '{"limit": ' + "7" * 4301 + "}",
    "a 31-digit integer": '{"limit": ' + "1" * 31 + "}",
    "a 400-digit float": '{"limit": 0.' + "5" * 400 + "}",
    "NaN": '{"limit": NaN}',
    "Infinity": '{"limit": Infinity}',
    "-Infinity": '{"limit": -Infinity}',
}


def openapi_document(app) -> dict:
    with app.test_client() as flask_client:
        return flask_client.get("/api/openapi.json", headers=HEADERS, base_url=BASE_URL).json


def concrete_path(path: str) -> str:
    """The path with every parameter set to 1: the body is read before any row is looked up."""
    return "/".join("1" if part.startswith("{") else part for part in path.split("/"))


def operations(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield method.upper(), path, operation


def json_operations(document: dict) -> list[tuple[str, str]]:
    return [
        (method, path)
        for method, path, operation in operations(document)
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    ]


def resolve(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def is_integer(document: dict, schema: dict) -> bool:
    schema = resolve(document, schema)
    if schema.get("type") == "array":
        return is_integer(document, schema.get("items", {}))
    return schema.get("type") == "integer"


def integer_inputs(document: dict):
    """(method, path, location, name, is_list) for every integer a client may send."""
    for method, path, operation in operations(document):
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "query" and is_integer(document, parameter["schema"]):
                yield method, path, "query", parameter["name"], False
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" in content:
            body = resolve(document, content["application/json"]["schema"])
            for name, schema in body.get("properties", {}).items():
                if schema.get("readOnly"):
                    continue
                if is_integer(document, schema):
                    is_list = resolve(document, schema).get("type") == "array"
                    yield method, path, "json", name, is_list


def test_the_document_lists_the_json_routes(app):
    found = json_operations(openapi_document(app))
    assert ("POST", "/api/contacts/capture") in found
    assert ("PUT", "/api/me") in found
    assert ("POST", "/api/messages/lint") in found
    assert len(found) >= 7


@pytest.mark.parametrize("body", OVER_LIMITS.values(), ids=OVER_LIMITS.keys())
def test_a_body_past_the_limits_is_400_on_every_json_route(app, body):
    document = openapi_document(app)
    flask_client = app.test_client()
    for method, path in json_operations(document):
        response = flask_client.open(
            concrete_path(path), method=method, data=body, headers=HEADERS, base_url=BASE_URL
        )
        assert response.status_code == 400, (method, path, response.get_data(as_text=True))
        answer = response.json
        assert answer["code"] == 400 and answer["status"] == "Bad Request"
        assert answer["message"] == answer["errors"]["json"][0]
        assert answer["message"].endswith("."), answer
        assert "JSON" in answer["message"] or "number" in answer["message"], answer


def test_the_message_says_which_limit(client):
    def message(body):
        response = client.post(
            "/api/messages/lint", data=body, headers={"Content-Type": "application/json"}
        )
        return response.json["message"]

    deep = message(OVER_LIMITS["nested 1,000 deep"])
    assert deep == "The JSON is nested more than 32 levels deep."
    assert message(OVER_LIMITS["a 4,301-digit integer"]) == (
        "A number is longer than 30 characters."
    )
    assert message(OVER_LIMITS["NaN"]) == "NaN is not a JSON number."
    assert message('{"kind": "thank_you",').startswith("Not valid JSON: ")


def test_a_body_at_the_limits_is_read(client):
    nested_32 = {"a": 1}
    for _ in range(30):
        nested_32 = {"a": nested_32}
    body = {"kind": "thank_you", "text": "Thank you", "limit": 10**29, "capture": nested_32}
    response = client.post(
        "/api/messages/lint", data=json.dumps(body), headers={"Content-Type": "application/json"}
    )
    # Read, then refused by the schema: the unknown field and the too-large limit are named.
    assert response.status_code == 422
    assert set(response.json["errors"]["json"]) == {"capture", "limit"}


@pytest.mark.parametrize("number", [1.5, 2.0, -3.0])
def test_a_float_where_an_integer_is_expected_is_422(app, number):
    document = openapi_document(app)
    inputs = list(integer_inputs(document))
    assert ("GET", "/api/contacts/{contact_id}/suggestions", "query", "limit", False) in inputs
    assert ("POST", "/api/messages/lint", "json", "contact_id", False) in inputs
    flask_client = app.test_client()
    for method, path, location, name, is_list in inputs:
        value = [number] if is_list else number
        if location == "query":
            response = flask_client.open(
                concrete_path(path),
                method=method,
                query_string={name: json.dumps(value)},
                headers=HEADERS,
                base_url=BASE_URL,
            )
        else:
            response = flask_client.open(
                concrete_path(path),
                method=method,
                data=json.dumps({name: value}),
                headers=HEADERS,
                base_url=BASE_URL,
            )
        assert response.status_code == 422, (method, path, name, response.json)
        assert name in response.json["errors"][location], (method, path, name, response.json)


def test_an_integral_query_value_is_still_read(client):
    contact = client.post("/api/contacts", json={"full_name": "Ann Lee"}).json
    response = client.get(f"/api/contacts/{contact['id']}/suggestions?limit=120&count=2")
    assert response.status_code == 200
    assert len(response.json) <= 2 and all(s["limit"] == 120 for s in response.json)
    response = client.post(
        "/api/messages/lint", json={"kind": "thank_you", "text": "Thanks", "limit": 100}
    )
    assert response.status_code == 200 and response.json["limit"] == 100
