"""The OpenAPI document says what the server does: formats, patterns, every error it answers."""

import re

import pytest

from tests.server.test_json_limits import openapi_document, operations


@pytest.fixture
def document(app):
    return openapi_document(app)


def test_a_405_names_the_methods_the_route_takes(client):
    response = client.request("TRACE", "/api/me")
    assert response.status_code == 405
    assert {"GET", "PUT"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_a_method_the_route_lacks_is_405_whatever_the_body(client):
    response = client.put("/api/health", data="x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 405 and "GET" in response.headers["Allow"]


def test_every_operation_lists_the_errors_it_can_answer(document):
    for method, path, operation in operations(document):
        responses = set(operation["responses"])
        assert "default" not in responses, (method, path)
        assert "403" in responses, (method, path)
        if path != "/api/health":
            assert "401" in responses, (method, path)
        if "{" in path:
            assert "404" in responses, (method, path)
        body = operation.get("requestBody", {}).get("content", {})
        if body:
            assert {"413", "415", "422"} <= responses, (method, path)
        if "application/json" in body:
            assert "400" in responses, (method, path)
    paths = document["paths"]
    assert "409" in paths["/api/contacts"]["post"]["responses"]
    assert "409" in paths["/api/contacts/{contact_id}"]["patch"]["responses"]
    assert "422" in paths["/api/messages/lint"]["post"]["responses"]
    assert "422" in paths["/api/import"]["post"]["responses"]


def schema(document, name):
    return document["components"]["schemas"][name]


def test_the_email_format_is_declared(document):
    email = schema(document, "ContactEdit")["properties"]["email"]
    assert email["anyOf"][0]["format"] == "email"


def test_the_profile_url_pattern_is_declared_and_may_not_be_empty_in_a_capture(document):
    capture = schema(document, "Capture")["properties"]["linkedin_url"]
    assert capture["minLength"] == 1
    pattern = re.compile(capture["pattern"])
    assert pattern.search("https://www.linkedin.com/in/jane-doe-4a1b2c/")
    assert pattern.search("linkedin.com/in/jane-doe")
    assert not pattern.search("")
    assert not pattern.search("https://example.com/in/jane-doe/")
    edit = re.compile(schema(document, "ContactEdit")["properties"]["linkedin_url"]["pattern"])
    assert edit.search("") and edit.search("https://www.linkedin.com/in/jane-doe/")


def test_every_text_pattern_refuses_nul_as_the_server_does(document, client):
    name = schema(document, "Capture")["properties"]["full_name"]
    assert not re.search(name["pattern"], "Pri\x00ya")
    assert not re.search(name["pattern"], "   ")
    assert re.search(name["pattern"], " Priya ")
    url = re.compile(schema(document, "TalkingPointCreate")["properties"]["url"]["pattern"])
    assert url.search("") and url.search("https://example.com/a")
    assert not url.search("ftp://example.com") and not url.search("https://\x1fexample.com")


def test_a_nullable_object_is_the_schema_or_null(document):
    capture = schema(document, "Capture")["properties"]["capture"]
    assert capture["anyOf"][0] == {"$ref": "#/components/schemas/CaptureMeta"}
    assert capture["anyOf"][1]["enum"] == [None]


@pytest.mark.parametrize("complete", [0, 1, "yes", "true"])
def test_a_boolean_is_true_or_false(client, complete):
    from tests.server.profiles import profile

    response = client.post("/api/contacts/capture", json=profile(capture={"complete": complete}))
    assert response.status_code == 422
    assert "complete" in response.json["errors"]["json"]["capture"]


def test_an_address_at_a_special_use_domain_is_refused_as_the_document_says(client, document):
    [address, _] = schema(document, "ContactEdit")["properties"]["email"]["anyOf"]
    for email in ("ann@mail.test", "ann@x.LOCAL", "ann@example.onion"):
        assert re.search(address["not"]["pattern"], email), email
        response = client.post("/api/contacts", json={"full_name": "Ann", "email": email})
        assert response.status_code == 422 and "email" in response.json["errors"]["json"]
    assert not re.search(address["not"]["pattern"], "ann@contest.com")


def test_a_capture_fields_key_is_any_text_as_the_document_says(client):
    from tests.server.profiles import profile

    fields = {"head\x00line": "json-ld", "x" * 60: "text"}
    response = client.post("/api/contacts/capture", json=profile(capture={"fields": fields}))
    assert response.status_code == 201, response.json
    assert client.get(f"/api/contacts/{response.json['id']}").json["capture"]["fields"] == fields


def test_every_required_text_refuses_blank_text_in_the_document_too(document, client):
    required = [
        (name, field, prop)
        for name, component in document["components"]["schemas"].items()
        for field, prop in component.get("properties", {}).items()
        if prop.get("type") == "string"
        and prop.get("minLength", 0) >= 1
        and not prop.get("readOnly")
    ]
    assert ("Education", "school") in {(name, field) for name, field, _ in required}
    for name, field, prop in required:
        assert not re.search(prop["pattern"], " \u2008\r"), (name, field)
    from tests.server.profiles import profile

    response = client.post(
        "/api/contacts/capture", json=profile(education=[{"school": "\u2008\r"}])
    )
    assert response.status_code == 422 and "education" in response.json["errors"]["json"]
