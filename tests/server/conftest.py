"""Fixtures the server tests share."""

import pytest

from tests.server.profiles import ME, profile


@pytest.fixture
def priya(client):
    """Priya, captured after the user saved a background that shares some of hers."""
    assert client.put("/api/me", json=ME).status_code == 200
    return client.post("/api/contacts/capture", json=profile()).json
