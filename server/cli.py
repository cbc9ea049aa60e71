"""The `segue` command: serve, token, migrate, backup."""

import signal
import sqlite3
import sys
from pathlib import Path

import click

from .config import Config
from .token import load_or_create_token, write_new_token


@click.group()
def main():
    """Segue: follow up after a job interview."""


@main.command()
@click.option("--threads", default=8, show_default=True, help="Worker threads.")
def serve(threads):
    """Run the server on 127.0.0.1 under waitress until Ctrl-C or SIGTERM."""
    from waitress import create_server

    from . import create_app

    config = Config()
    app = create_app()
    server = create_server(app, host="127.0.0.1", port=config.port, threads=threads)
    token_source = "SEGUE_TOKEN" if config.token else str(config.token_path)
    click.echo(f"Segue is running at http://127.0.0.1:{config.port}")
    click.echo(f"Token: {token_source}  (print it with `segue token`)")
    click.echo(f"Data:  {config.data_dir}")
    click.echo("Press Ctrl-C to stop.")
    sys.stdout.flush()

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        click.echo("Segue stopped.")


@main.command()
@click.option("--rotate", is_flag=True, help="Make a new token; the old one stops working.")
def token(rotate):
    """Print the token the extension needs."""
    config = Config()
    if config.token:
        if rotate:
            raise click.ClickException("SEGUE_TOKEN is set in the environment; change it there.")
        click.echo(config.token)
        return
    if rotate:
        click.echo(write_new_token(config.token_path))
        click.echo("Paste the new token into Segue's options; restart the server.", err=True)
        return
    click.echo(load_or_create_token(config.token_path))


@main.command()
def migrate():
    """Apply pending schema migrations."""
    from .store.db import db, open_database
    from .store.migrate import migrate as run_migrations

    config = Config()
    config.data_dir.mkdir(parents=True, exist_ok=True)
    open_database(config.database_url)
    with db.connection_context():
        applied = run_migrations()
    click.echo(f"Applied {', '.join(applied)}." if applied else "The schema is up to date.")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path):
    """Write a consistent copy of the live SQLite database to PATH and check it."""
    from .store.backup import backup_sqlite

    config = Config()
    if not config.database_url.startswith("sqlite"):
        raise click.ClickException("backup copies SQLite databases; use pg_dump for PostgreSQL.")
    source = Path(config.database_url.split("///", 1)[1])
    if not source.exists():
        raise click.ClickException(f"No database at {source}.")
    try:
        pages = backup_sqlite(source, path)
    except (sqlite3.Error, OSError) as error:
        raise click.ClickException(f"Backup failed: {error}") from error
    click.echo(f"Backed up {pages} pages to {path}; integrity check ok.")
