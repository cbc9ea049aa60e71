"""Path parameters: database ids are positive 64-bit integers, anything else is a 404."""

from werkzeug.routing import IntegerConverter

# The largest id SQLite and PostgreSQL's BIGINT hold; a larger one can name no row.
MAX_ID = 2**63 - 1


class IdConverter(IntegerConverter):
    """`<id:name>`: a row id, so /contacts/99999999999999999999999 is 404, not an overflow."""

    def __init__(self, url_map):
        super().__init__(url_map, min=1, max=MAX_ID)


def id_parameter_schema(converter):
    return {"type": "integer", "format": "int64", "minimum": 1, "maximum": MAX_ID}


def register(app, api):
    app.url_map.converters["id"] = IdConverter
    api.register_converter(IdConverter, id_parameter_schema)
