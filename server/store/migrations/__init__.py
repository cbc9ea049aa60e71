"""Schema changes, applied in order by `server.store.migrate`."""
