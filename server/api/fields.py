"""Field types shared by the request schemas: bounded, clean text and whole numbers."""

import numbers
import re

import marshmallow as ma
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from server.core.formats import PARTIAL_DATE, PHONE, SPACES, WEB_URL
from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url

# What the OpenAPI document says of every text field (Python's regex syntax, which is what the
# server checks with): no NUL anywhere, and around the field's own pattern, any spaces.
NO_NUL = r"[^\x00]*"
NOT_BLANK = rf"[^\x00]*[^{SPACES}\x00][^\x00]*"


class Text(ma.fields.String):
    """A trimmed string with a maximum length, free of NUL and unpaired surrogates.

    Both would be stored as-is by SQLite and refused by PostgreSQL or the UTF-8 encoder,
    so they are turned away here with the field named. The maximum counts what was sent; the
    minimum and `pattern` (a compiled regex the trimmed text must match whole) what is kept.
    The field's OpenAPI entry says the same: maxLength, minLength and one pattern.
    """

    def __init__(
        self,
        *,
        max_length: int,
        min_length: int = 0,
        pattern: re.Pattern | None = None,
        pattern_error: str = "",
        empty_ok: bool = False,
        **kwargs,
    ):
        # Length and Regexp validators would check what the document does not say; use the
        # arguments, which keep the two the same.
        if any(
            isinstance(v, ma.validate.Length | ma.validate.Regexp)
            for v in kwargs.get("validate", [])
        ):
            raise TypeError("Give Text max_length, min_length and pattern, not validators.")
        self.max_length, self.min_length = max_length, min_length
        self.pattern, self.pattern_error, self.empty_ok = pattern, pattern_error, empty_ok
        described = {"maxLength": max_length, "pattern": self.described_pattern()}
        if min_length:
            described["minLength"] = min_length
        kwargs["metadata"] = {**described, **kwargs.get("metadata", {})}
        super().__init__(**kwargs)

    def described_pattern(self) -> str:
        if self.pattern is None:
            return f"^{NOT_BLANK if self.min_length else NO_NUL}$"
        inner = self.pattern.pattern.removeprefix("^").removesuffix("$")
        return around_spaces(inner, self.empty_ok)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if len(text) > self.max_length:
            raise ma.ValidationError(f"Longer than {self.max_length} characters.")
        if "\x00" in text:
            raise ma.ValidationError("Must not contain NUL characters.")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ma.ValidationError("Must be valid Unicode text.") from error
        text = text.strip()
        if len(text) < self.min_length:
            raise ma.ValidationError("Must not be empty.")
        checked = self.pattern is not None and (text or not self.empty_ok)
        if checked and not self.pattern.match(text):
            raise ma.ValidationError(self.pattern_error)
        return text


def around_spaces(inner: str, empty_ok: bool) -> str:
    """A pattern for `inner` (or nothing, when `empty_ok`) with any spaces either side."""
    return rf"^[{SPACES}]*(?:{inner}){'?' if empty_ok else ''}[{SPACES}]*$"


class PartialDate(Text):
    """A year ("2019") or a year and month ("2019-07")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_none", True)
        kwargs.setdefault("metadata", {"description": 'Year "YYYY" or "YYYY-MM"; null = present'})
        super().__init__(
            max_length=7, pattern=PARTIAL_DATE, pattern_error='Use "YYYY" or "YYYY-MM".', **kwargs
        )


# The ASCII form of a profile URL the extension sends (an optional scheme, www., m. or a country
# subdomain, /in/<name>, anything after it); names in other scripts are taken too.
PROFILE_URL = (
    r"(?:[hH][tT][tT][pP][sS]?://)?(?:(?:www|m|[a-z]{2,3})\.)?linkedin\.com(?::(?:80|443))?"
    r"/in/[A-Za-z0-9_-]{2,100}(?:[/?#][^\x00]*)?"
)


class ProfileUrl(Text):
    """A LinkedIn member profile URL, stored in its canonical form; "" clears it where optional."""

    def __init__(self, **kwargs):
        self.optional = kwargs.get("allow_none", False)
        kwargs.setdefault(
            "metadata",
            {"description": "A LinkedIn profile: linkedin.com/in/<name>, with or without https://"},
        )
        super().__init__(max_length=2000, min_length=0 if self.optional else 1, **kwargs)

    def described_pattern(self) -> str:
        return around_spaces(PROFILE_URL, self.optional)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if not text and self.allow_none:
            return ""  # clears the URL; "" rather than None so the length check still applies
        try:
            return normalize_profile_url(text)
        except NotAProfileUrl as error:
            raise ma.ValidationError(str(error)) from error


class WebUrl(Text):
    """An http(s) URL, or empty."""

    def __init__(self, **kwargs):
        super().__init__(
            max_length=2000,
            pattern=WEB_URL,
            pattern_error="Must be an http:// or https:// URL.",
            empty_ok=True,
            **kwargs,
        )


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


# The domains email_validator refuses (RFC 6761 and the like), as the document's pattern.
SPECIAL_USE_DOMAIN = (
    "[@.](?:" + "|".join(_any_case(name) for name in SPECIAL_USE_DOMAIN_NAMES) + r")[.]?$"
)


class Email(Text):
    """An email address (syntax only; nothing is looked up), or empty."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "metadata",
            {
                "anyOf": [
                    {"format": "email", "not": {"pattern": SPECIAL_USE_DOMAIN}},
                    {"pattern": f"^[{SPACES}]*$"},
                ],
                "description": "An email address (not at a special-use domain such as .test), "
                "or empty",
            },
        )
        super().__init__(max_length=320, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if not text:
            return text
        try:
            return validate_email(text, check_deliverability=False).normalized
        except EmailNotValidError as error:
            raise ma.ValidationError(str(error)) from error


class Phone(Text):
    def __init__(self, **kwargs):
        super().__init__(
            max_length=50,
            pattern=PHONE,
            pattern_error="Use digits, spaces and + ( ) - only.",
            **kwargs,
        )


def text_list(*, item_length: int, max_items: int, **kwargs):
    """A list of short strings, such as skills or interests."""
    return ma.fields.List(
        Text(max_length=item_length, min_length=1),
        validate=ma.validate.Length(max=max_items),
        **kwargs,
    )


class Boolean(ma.fields.Boolean):
    """true or false in a JSON body; marshmallow's own also takes 0, 1, "yes", "on"..."""

    def _deserialize(self, value, attr, data, **kwargs):
        if value is True or value is False:
            return value
        raise self.make_error("invalid", input=value)


class QueryBoolean(ma.fields.Boolean):
    """true or false in a query string, as the document says, and nothing else."""

    def __init__(self, **kwargs):
        super().__init__(truthy={"true"}, falsy={"false"}, **kwargs)


class Integer(ma.fields.Integer):
    """A whole number in a JSON body: a JSON integer only.

    marshmallow's own Integer cuts 1.5 to 1 and takes 2.0 and "2"; here each is refused.
    """

    def _validated(self, value):
        if not isinstance(value, numbers.Integral):
            raise self.make_error("invalid", input=value)
        return super()._validated(value)


QUERY_INTEGER = re.compile(r"-?[0-9]{1,30}")


class QueryInteger(ma.fields.Integer):
    """A whole number in a query string: ASCII digits only; "1.5", "2.0" and "1_0" are refused."""

    def _validated(self, value):
        if not (isinstance(value, str) and QUERY_INTEGER.fullmatch(value)):
            raise self.make_error("invalid", input=value)
        return super()._validated(value)


class Key(ma.fields.String):
    """A key of a free-form object: any Unicode text, as JSON Schema 3.0 cannot say more of it.

    Unpaired surrogates, which are not Unicode text, are still refused: they cannot be stored.
    """

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ma.ValidationError("Must be valid Unicode text.") from error
        return text


def at_most_entries(limit: int):
    """A validator for a Dict field; the document says it as maxProperties, where Length would
    say maxLength, which means nothing for an object."""

    def validate(value):
        if len(value) > limit:
            raise ma.ValidationError(f"At most {limit} entries.")

    return validate
