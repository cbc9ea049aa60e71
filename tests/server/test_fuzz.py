"""Every route, fed whatever its OpenAPI document allows and more, never answers 5xx."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.conftest import server_with_own_database


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory):
    """A server of its own: fuzzing deletes, rewrites "me" and fills the database."""
    with server_with_own_database(tmp_path_factory.mktemp("fuzzed-server")) as server:
        yield server


@pytest.fixture(scope="module")
def api_schema(fuzzed_server):
    with fuzzed_server.session() as session:
        document = session.get(f"{fuzzed_server.url}/api/openapi.json").json()
    return schemathesis.openapi.from_dict(document)


def test_no_input_makes_a_server_error(api_schema, fuzzed_server):
    headers = {"Authorization": f"Bearer {fuzzed_server.token}"}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
        @given(
            case=st.one_of(
                operation.as_strategy(GenerationMode.POSITIVE),
                operation.as_strategy(GenerationMode.NEGATIVE),
            )
        )
        def call(case):
            case.call_and_validate(
                base_url=fuzzed_server.url, headers=headers, checks=[not_a_server_error]
            )

        call()
