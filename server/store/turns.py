"""Writers in this process take the write lock in the order they asked for it.

SQLite's own wait is a busy loop of sleeps: a writer that commits and at once begins again
(an import's next chunk) takes the lock back before a sleeping capture wakes, and the capture
can wait out its busy timeout. A queue in front of the database lock hands it over first come,
first served, so a capture waits for at most the one transaction ahead of it.
"""

import threading
import weakref
from contextlib import contextmanager


class TurnLock:
    """A re-entrant lock granted in the order it was asked for."""

    def __init__(self):
        self._changed = threading.Condition()
        self._next_ticket = 0
        self._serving = 0
        self._owner = None
        self._depth = 0

    @contextmanager
    def turn(self):
        """Wait for this thread's turn, hold it while the block runs, then pass it on."""
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
            else:
                ticket = self._next_ticket
                self._next_ticket += 1
                while self._serving != ticket:
                    self._changed.wait()
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._serving += 1
                    self._changed.notify_all()


_locks: "weakref.WeakKeyDictionary[object, TurnLock]" = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def turn_for(database) -> TurnLock:
    """The one queue of writers for `database` in this process."""
    with _locks_guard:
        lock = _locks.get(database)
        if lock is None:
            lock = _locks[database] = TurnLock()
        return lock
