"""Field types shared by the request schemas: bounded, clean text and whole numbers."""

import numbers
import re

import marshmallow as ma
from email_validator import EmailNotValidError, validate_email

from server.core.formats import PARTIAL_DATE, PHONE, WEB_URL
from server.core.linkedin_url import NotAProfileUrl, normalize_profile_url


class Text(ma.fields.String):
    """A trimmed string with a maximum length, free of NUL and unpaired surrogates.

    Both would be stored as-is by SQLite and refused by PostgreSQL or the UTF-8 encoder,
    so they are turned away here with the field named.
    """

    def __init__(self, *, max_length: int, min_length: int = 0, **kwargs):
        validators = [ma.validate.Length(min=min_length, max=max_length)]
        validators += list(kwargs.pop("validate", []))
        super().__init__(validate=validators, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if "\x00" in text:
            raise ma.ValidationError("Must not contain NUL characters.")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ma.ValidationError("Must be valid Unicode text.") from error
        return text.strip()


class PartialDate(Text):
    """A year ("2019") or a year and month ("2019-07")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_none", True)
        kwargs.setdefault("metadata", {"description": 'Year "YYYY" or "YYYY-MM"; null = present'})
        super().__init__(
            max_length=7,
            validate=[ma.validate.Regexp(PARTIAL_DATE, error='Use "YYYY" or "YYYY-MM".')],
            **kwargs,
        )


class ProfileUrl(Text):
    """A LinkedIn member profile URL, stored in its canonical form."""

    def __init__(self, **kwargs):
        super().__init__(max_length=2000, **kwargs)

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
        super().__init__(max_length=2000, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if text and not WEB_URL.match(text):
            raise ma.ValidationError("Must be an http:// or https:// URL.")
        return text


class Email(Text):
    """An email address (syntax only; nothing is looked up), or empty."""

    def __init__(self, **kwargs):
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
            validate=[ma.validate.Regexp(PHONE, error="Use digits, spaces and + ( ) - only.")],
            **kwargs,
        )


def text_list(*, item_length: int, max_items: int, **kwargs):
    """A list of short strings, such as skills or interests."""
    return ma.fields.List(
        Text(max_length=item_length, min_length=1),
        validate=ma.validate.Length(max=max_items),
        **kwargs,
    )


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
