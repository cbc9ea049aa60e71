"""`python -m server` runs the `segue` command."""

from .cli import main

main()
