"""Settings shared by the property tests that go through the API."""

from hypothesis import HealthCheck, settings

# One client fixture serves every example of a test, and each example makes many requests.
THROUGH_THE_API = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Examples drawn with many parts (whole plans): drawing them is slow on a loaded machine,
# which says nothing of the code under test.
LARGE_EXAMPLES = settings(suppress_health_check=[HealthCheck.too_slow])
