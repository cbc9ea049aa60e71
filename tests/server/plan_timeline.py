"""Helpers that set up a job search through the real server's API."""


def post(session, server, path, body):
    response = session.post(f"{server.url}{path}", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def get(session, server, path, **params):
    response = session.get(f"{server.url}{path}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def agenda(session, server, today, days=14):
    return get(session, server, "/api/agenda", today=today, days=days)["items"]


def items_for(items, kind, contact_id=None):
    return [
        item
        for item in items
        if item["kind"] == kind
        and (contact_id is None or (item["contact"] or {}).get("id") == contact_id)
    ]
