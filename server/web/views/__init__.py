"""The dashboard's pages, one module each; importing them registers their routes on `bp`."""

from . import contacts, exchange, me, pipeline, sign_in, today  # noqa: F401
