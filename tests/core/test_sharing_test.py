"""`sharing_with` never says a contact shares nothing with the user when it does."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.core.talking_points import derive_talking_points, sharing_with
from tests.core.test_suggestion_properties import contacts, mes

# The fields that can bring a point; an imported LinkedIn connection has few of them.
SHARED = ("education", "positions", "about", "skills", "interests", "location", "current_company")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(me=mes(), contact=contacts(), blank=st.sets(st.sampled_from(SHARED)))
def test_a_contact_said_to_share_nothing_derives_nothing(me, contact, blank):
    contact = {
        **contact,
        **{
            key: [] if key in ("education", "positions", "skills", "interests") else ""
            for key in blank
        },
    }
    if not sharing_with(me)(contact):
        assert derive_talking_points(me, contact) == []


def test_a_connection_at_the_users_company_may_share_and_one_elsewhere_does_not():
    may_share = sharing_with({"employers": [{"company": "Contoso Ltd.", "start": "2017"}]})
    connection = {
        "full_name": "Priya Raman",
        "current_title": "Director",
        "positions": [],
        "education": [],
        "skills": [],
        "interests": [],
        "about": "",
        "location": "",
    }
    assert may_share({**connection, "current_company": "Contoso"})
    assert derive_talking_points(
        {"employers": [{"company": "Contoso Ltd.", "start": "2017"}]},
        {**connection, "current_company": "Contoso"},
    )
    assert not may_share({**connection, "current_company": "Fabrikam"})
    assert not sharing_with({})({**connection, "current_company": "Contoso"})
