"""The user's own background."""

from .db import write_transaction
from .models import Me, utcnow
from .serialize import me_to_dict
from .talking_points import forget_me, load_me, refresh_all_derived_points


def get_me() -> dict:
    return me_to_dict(load_me())


def put_me(data: dict) -> dict:
    """Replace the user's background and recompute what every contact shares with it."""
    with write_transaction():
        me = load_me()
        for field, value in data.items():
            setattr(me, field, value)
        me.updated_at = utcnow()
        _save(me)
        forget_me()
        refresh_all_derived_points()
    # Forget again after commit, so no reader keeps a copy taken before it.
    forget_me()
    return me_to_dict(me)


def _save(me: Me) -> None:
    # The row has a fixed id, so peewee cannot tell an insert from an update by itself.
    if Me.select().where(Me.id == me.id).exists():
        me.save()
    else:
        me.save(force_insert=True)
