"""Every way of writing a LinkedIn profile URL maps to one key; nothing else gets through."""

import pytest

from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url, profile_slug

JANE = "https://www.linkedin.com/in/jane-doe-4a1b2c/"
JOSE = "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/"

SAME_PROFILE = [
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c", JANE),
    ("http://www.linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("https://linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("https://uk.linkedin.com/in/jane-doe-4a1b2c", JANE),
    ("https://de.linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("https://m.linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("https://WWW.LinkedIn.COM/IN/Jane-Doe-4A1B2C/", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/?originalSubdomain=uk", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/#experience", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/details/experience/", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/overlay/contact-info/", JANE),
    ("https://www.linkedin.com/in/jane-doe-4a1b2c/recent-activity/all/?x=1#y", JANE),
    ("www.linkedin.com/in/jane-doe-4a1b2c", JANE),
    ("linkedin.com/in/jane-doe-4a1b2c/", JANE),
    ("  https://www.linkedin.com/in/jane-doe-4a1b2c/  ", JANE),
    ("https://www.linkedin.com:443/in/jane-doe-4a1b2c/", JANE),
    ("https://www.linkedin.com//in//jane-doe-4a1b2c//", JANE),
    ("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/", JOSE),
    ("https://www.linkedin.com/in/josé-garcía/", JOSE),
    ("https://www.linkedin.com/in/JOS%C3%89-GARC%C3%8DA", JOSE),
    ("https://www.linkedin.com/in/jos%c3%a9-garc%c3%ada/", JOSE),
    # "é" written as e + combining accent is the same name.
    ("https://www.linkedin.com/in/jose\u0301-garci\u0301a/", JOSE),
    ("https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/", None),
]

NOT_PROFILES = [
    "",
    "   ",
    "jane-doe",
    "https://www.linkedin.com/",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/company/contoso/",
    "https://www.linkedin.com/pub/jane-doe/1/2/3",
    "https://www.linkedin.com/jobs/view/123/",
    "https://www.linkedin.com/feed/",
    "https://example.com/in/jane-doe/",
    "https://linkedin.com.evil.example/in/jane-doe/",
    "https://evil-linkedin.com/in/jane-doe/",
    "https://www.linkedin.co/in/jane-doe/",
    "https://user:pass@www.linkedin.com/in/jane-doe/",
    "https://www.linkedin.com:8443/in/jane-doe/",
    "javascript:alert(1)//www.linkedin.com/in/jane-doe",
    "ftp://www.linkedin.com/in/jane-doe/",
    "https://www.linkedin.com/in/jane doe/",
    "https://www.linkedin.com/in/<script>/",
    "https://www.linkedin.com/in/a/",
    "https://www.linkedin.com/in/" + "a" * 101 + "/",
    "https://www.linkedin.com/in/%00jane/",
]


@pytest.mark.parametrize(("url", "canonical"), SAME_PROFILE)
def test_profile_urls_normalize_to_one_key(url, canonical):
    result = normalize_profile_url(url)
    assert result.startswith("https://www.linkedin.com/in/")
    assert result.endswith("/")
    if canonical is not None:
        assert result == canonical
    # Normalising is idempotent, so stored keys never drift.
    assert normalize_profile_url(result) == result


@pytest.mark.parametrize("url", NOT_PROFILES)
def test_anything_else_is_refused(url):
    with pytest.raises(NotAProfileUrl):
        normalize_profile_url(url)


def test_non_latin_slug_is_readable():
    assert profile_slug("https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/") == "王小明"
