"""The queries every capture, draft and agenda runs, with their SQL built once per database.

Peewee renders a query's SQL afresh each time, and for these short statements that costs
four times what SQLite takes to run them. The SQL only depends on the query's shape and the
database's dialect, so it is rendered once with stand-in values and reused with real ones:
`rendered` for a few leading values, `Prepared` for named days and lists of ids (the live
plan's reads, where building the SQL cost 1.1 ms of the live opportunities' 2 ms).
"""

import datetime
import weakref

import peewee
from peewee import CharField, FloatField, ForeignKeyField, IntegerField, TextField

from .db import db
from .models import Contact, TalkingPoint

AS_THEY_ARE = (CharField, FloatField, ForeignKeyField, IntegerField, TextField)

_rendered: "weakref.WeakKeyDictionary[object, dict[str, tuple]]" = weakref.WeakKeyDictionary()


def rendered(name: str, build) -> tuple[str, list]:
    """The SQL and parameters of the query `build` makes, rendered once per database.

    Run it with real values in place of the stand-ins `build` used for its leading parameters.
    """
    per_database = _rendered.setdefault(db.obj, {})
    if name not in per_database:
        sql, params = build().sql()
        per_database[name] = sql, list(params)
    return per_database[name]


def _sql(name: str, build) -> str:
    return rendered(name, build)[0]


def _instances(model, sql: str, params: tuple) -> list:
    """Rows of `SELECT <every field>` as model instances, unchanged (nothing dirty)."""
    fields = model._meta.sorted_fields
    instances = []
    for row in db.execute_sql(sql, params):
        values = zip(fields, row, strict=True)
        instance = model(
            __no_default__=True, **{field.name: field.python_value(v) for field, v in values}
        )
        instance._dirty.clear()
        instances.append(instance)
    return instances


def contact_by_url(url: str) -> Contact | None:
    """The contact with this (normalised) profile URL, or None."""
    sql = _sql("contact_by_url", lambda: Contact.select().where(Contact.linkedin_url == ""))
    found = _instances(Contact, sql, (url,))
    return found[0] if found else None


def contact_by_id(contact_id: int) -> Contact | None:
    """The contact with this id, or None."""
    sql = _sql("contact_by_id", lambda: Contact.select().where(Contact.id == 0))
    found = _instances(Contact, sql, (contact_id,))
    return found[0] if found else None


def history_rows(model, fields: tuple[str, ...], contact_id: int) -> list[dict]:
    """A contact's positions or education in page order (most recent first), as dicts."""
    sql = _sql(
        f"history_{model.__name__}",
        lambda: (
            model.select(*(getattr(model, f) for f in fields))
            .where(model.contact == 0)
            .order_by(model.ordinal)
        ),
    )
    return [dict(zip(fields, row, strict=True)) for row in db.execute_sql(sql, (contact_id,))]


def talking_points_of(contact_id: int) -> list[TalkingPoint]:
    """All of a contact's talking points, in no particular order."""
    sql = _sql(
        "talking_points_of",
        lambda: TalkingPoint.select().where(TalkingPoint.contact == 0),
    )
    return _instances(TalkingPoint, sql, (contact_id,))


def save_changes(contact: Contact) -> None:
    """Write an existing contact's changed fields; one rendering per set of changed fields."""
    dirty = {field.name for field in contact.dirty_fields}
    # Peewee orders an UPDATE's columns as the model declares them; so do the parameters.
    fields = [field for field in Contact._meta.sorted_fields if field.name in dirty]
    if not fields:
        return
    sql = _sql(
        "update_contact:" + ",".join(field.name for field in fields),
        lambda: Contact.update({field: None for field in fields}).where(Contact.id == 0),
    )
    values = [field.db_value(getattr(contact, field.name)) for field in fields]
    db.execute_sql(sql, (*values, contact.id))
    contact._dirty.clear()


def insert_rows(model, rows: list[dict]) -> None:
    """Insert many rows of `model` with one prepared statement per set of columns.

    Peewee renders every value of an `insert_many` as SQL, which was most of an import's
    time; this converts each value as its field would and leaves the rest to the driver.
    Fields a row leaves out get their defaults, as with `insert_many`.
    """
    by_columns: dict[tuple, list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(row)
    for names, group in by_columns.items():
        defaults = {
            field.name: field.default
            for field in model._meta.sorted_fields
            if field.name not in names and field.default is not None and not field.primary_key
        }
        fields = [model._meta.fields[name] for name in (*names, *defaults)]
        columns = ", ".join(f'"{field.column_name}"' for field in fields)
        marks = ", ".join([db.param] * len(fields))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        extra = [value() if callable(value) else value for value in defaults.values()]
        # Text, numbers and ids go to the driver as they are; JSON and dates are converted.
        converted = [i for i, field in enumerate(fields) if type(field) not in AS_THEY_ARE]
        values = []
        for row in group:
            value = [*(row[name] for name in names), *extra]
            for i in converted:
                value[i] = fields[i].db_value(value[i])
            values.append(value)
        # As peewee's own calls do: the driver's errors come out as peewee's.
        with peewee.__exception_wrapper__:
            db.cursor().executemany(sql, values)


# Shapes kept per query: a live plan's lists of ids change length only now and then.
KEPT_SHAPES = 32


class Prepared:
    """`build(**values)` gives a peewee query; `rows(**values)` runs it with those values.

    A value is a date or a list of ids. `build` runs once, with stand-ins: it must put each
    value into the query as it is, never work anything out from it (a `min` of two days
    would be the stand-ins' `min` for ever).
    """

    def __init__(self, build):
        self.build = build
        self._built: weakref.WeakKeyDictionary[object, dict] = weakref.WeakKeyDictionary()

    def rows(self, **values):
        sql, params = self._sql(values)
        bound = []
        for param in params:
            if isinstance(param, _Place):
                value = values[param.name]
                bound.append(value if param.index is None else value[param.index])
            else:
                bound.append(param)
        return db.execute_sql(sql, bound)

    def _sql(self, values: dict) -> tuple[str, list]:
        shape = tuple(len(v) for v in values.values() if isinstance(v, list | tuple))
        per_database = self._built.setdefault(db.obj, {})
        built = per_database.get(shape)
        if built is None:
            stand_ins, places = {}, {}
            for number, (name, value) in enumerate(values.items(), 1):
                if isinstance(value, datetime.date):
                    # A day in year 1, which no plan holds.
                    stand_ins[name] = datetime.date(1, 1, number)
                    places[stand_ins[name]] = _Place(name)
                else:
                    # Negative ids, which no row has.
                    stand_ins[name] = [-(number * 1_000_000 + i) for i in range(len(value))]
                    places.update({v: _Place(name, i) for i, v in enumerate(stand_ins[name])})
            sql, params = self.build(**stand_ins).sql()
            if len(per_database) >= KEPT_SHAPES:
                per_database.clear()
            built = per_database[shape] = (sql, [places.get(p, p) for p in params])
        return built


class _Place:
    """Where a named value (or one id of a named list) goes among a query's params."""

    def __init__(self, name: str, index: int | None = None):
        self.name, self.index = name, index
