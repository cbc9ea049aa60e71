"""Persistence: peewee models, the database connection, migrations and queries."""
