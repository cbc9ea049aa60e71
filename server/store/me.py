"""The user's own background."""

from .db import write_transaction
from .models import Me, utcnow
from .serialize import me_to_dict
from .talking_points import load_me


def get_me() -> dict:
    return me_to_dict(load_me())


def put_me(data: dict) -> dict:
    """Replace the user's background; contacts' points follow it as they are next read.

    Only the one row is written, so this answers at once however many contacts there are:
    its new version marks every contact's derived points as older (server.store.rederive).
    """
    with write_transaction():
        me = load_me()
        for field, value in data.items():
            setattr(me, field, value)
        me.version = (me.version or 0) + 1
        me.updated_at = utcnow()
        _save(me)
    return me_to_dict(me)


def _save(me: Me) -> None:
    # The row has a fixed id, so peewee cannot tell an insert from an update by itself.
    if Me.select().where(Me.id == me.id).exists():
        me.save()
    else:
        me.save(force_insert=True)
