"""Keep the user's corrections beside the profile's values, and stamp derived points.

`contact.profile_values` maps each field the user corrected to what the profile says;
`contact.derived_version` is the version of "me" (`me.version`) its derived talking points came
from. Every existing contact starts uncorrected and current: its points were derived from the
"me" it has now.
"""

from peewee import IntegerField, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("contact", "profile_values", TextField(default="{}")),
        migrator.add_column("contact", "derived_version", IntegerField(default=0)),
        migrator.add_column("me", "version", IntegerField(default=0)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("contact", "profile_values"),
        migrator.drop_column("contact", "derived_version"),
        migrator.drop_column("me", "version"),
    )
