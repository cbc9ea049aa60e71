"""What stops Segue from starting as it is set up, said in one line."""


class StartupFault(RuntimeError):
    """Segue cannot start as set up; the message names the path or setting and what to do."""
