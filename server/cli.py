"""The `segue` command: serve, open, token, migrate, backup, export, import, agenda, interview."""

import datetime
import signal
import sqlite3
import sys
from pathlib import Path

import click

from .config import Config
from .data_dir import lock_data_dir, prepare_data_dir
from .faults import StartupFault
from .token import check_environment_token, load_or_create_token, sign_in_url, write_new_token


class SegueGroup(click.Group):
    """Every command says a start-up fault in one line and exits 1, never with a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StartupFault as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=SegueGroup)
def main():
    """Segue: follow up after a job interview."""


@main.command()
@click.option("--threads", default=8, show_default=True, help="Worker threads.")
def serve(threads):
    """Run the server on 127.0.0.1 under waitress until Ctrl-C or SIGTERM."""
    from waitress import create_server

    from . import create_app
    from .store.db import DatabaseUnavailable

    config = Config()
    # Held until the process ends: a second server on this data directory stops here.
    lock = lock_data_dir(prepare_data_dir(config.data_dir), config.port)
    try:
        app = create_app()
    except DatabaseUnavailable as error:
        raise click.ClickException(str(error)) from error
    try:
        server = create_server(app, host="127.0.0.1", port=config.port, threads=threads)
    except OSError as error:
        raise click.ClickException(
            f"Cannot listen on 127.0.0.1:{config.port} ({error.strerror}). Is Segue already "
            "running? Set SEGUE_PORT to use another port."
        ) from error
    token_source = "SEGUE_TOKEN" if config.token else str(config.token_path)
    click.echo(f"Segue is running at http://127.0.0.1:{config.port}")
    click.echo(f"Token: {token_source}  (print it with `segue token`)")
    click.echo(f"Data:  {config.data_dir}")
    click.echo(f"Dashboard: {sign_in_url(config.port, app.config['SEGUE_TOKEN'])}")
    click.echo("Press Ctrl-C to stop.")
    sys.stdout.flush()

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    # A capture is many short steps, each needing the interpreter back from an import's
    # thread; at the default 5 ms a turn it waited longer for that than for the database.
    sys.setswitchinterval(0.0005)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        lock.release()
        click.echo("Segue stopped.")


@main.command("open")
def open_command():
    """Open the dashboard in the default browser, signed in."""
    import webbrowser

    config = Config()
    url = sign_in_url(config.port, config.token or load_or_create_token(config.token_path))
    click.echo(f"Opening {url}")
    if not webbrowser.open(url):
        click.echo("No browser could be started; open the link above yourself.", err=True)


@main.command()
@click.option("--rotate", is_flag=True, help="Make a new token; the old one stops working.")
def token(rotate):
    """Print the token the extension needs."""
    config = Config()
    if config.token:
        if rotate:
            raise click.ClickException("SEGUE_TOKEN is set in the environment; change it there.")
        click.echo(check_environment_token(config.token))
        return
    if rotate:
        click.echo(write_new_token(config.token_path))
        click.echo("Paste the new token into Segue's options; restart the server.", err=True)
        return
    click.echo(load_or_create_token(config.token_path))


@main.command()
def migrate():
    """Apply pending schema migrations."""
    applied = open_migrated_store()
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


def open_migrated_store() -> list[str]:
    """Open the database the environment names, bring its schema up to date, say what changed."""
    from .store.db import DatabaseUnavailable
    from .store.migrate import open_and_migrate

    config = Config()
    prepare_data_dir(config.data_dir)
    try:
        return open_and_migrate(config.database_url)
    except DatabaseUnavailable as error:
        raise click.ClickException(str(error)) from error


@main.command("export")
@click.option(
    "--format",
    "format_name",
    type=click.Choice(["segue", "segue-zip", "google", "outlook", "vcard"]),
    help="segue (the default) keeps every field; segue-zip adds opportunities, interviews "
    "and touches (the default for an -o FILE ending in .zip); google and outlook fit their "
    "importers; vcard is the default for an -o FILE ending in .vcf.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE instead of standard output.",
)
def export_command(format_name, output):
    """Write every contact as CSV or vCard, or a whole backup as a ZIP."""
    from .core.exchange import csv_chunks, vcard_chunks
    from .core.exchange.segue_zip import segue_zip
    from .store.db import db
    from .store.exchange import export_chunks
    from .store.plan_exchange import plan_files

    if format_name is None:
        suffix = output.suffix.lower() if output else ""
        format_name = {".vcf": "vcard", ".zip": "segue-zip"}.get(suffix, "segue")
    open_migrated_store()
    with db.connection_context():
        if format_name == "vcard":
            chunks = vcard_chunks(export_chunks())
        elif format_name == "segue-zip":
            chunks = [segue_zip(csv_chunks("segue", export_chunks()), plan_files())]
        else:
            chunks = csv_chunks(format_name, export_chunks())
        if output is None:
            stream = click.get_binary_stream("stdout")
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            return
        # Written beside the target and renamed, so a failure never leaves half a file.
        partial = output.with_name(output.name + ".part")
        try:
            with open(partial, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
            partial.replace(output)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise click.ClickException(f"Could not write {output}: {error}") from error
    click.echo(f"Wrote {output}.", err=True)


@main.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Report what would happen; change nothing.")
def import_command(path, dry_run):
    """Import contacts from a CSV (Segue, LinkedIn, Google, Outlook) or .vcf file, or a
    Segue ZIP backup with its opportunities, interviews and touches."""
    from .core.exchange import UnreadableFile, read_contacts
    from .core.exchange.segue_zip import is_zip, read_backup
    from .store.db import db
    from .store.exchange import import_contacts
    from .store.plan_exchange import import_backup

    try:
        data = path.read_bytes()
        parsed = read_backup(data) if is_zip(data) else read_contacts(data)
    except UnreadableFile as error:
        raise click.ClickException(f"{path}: {error.message}") from error
    except OSError as error:
        raise click.ClickException(f"Could not read {path}: {error}") from error
    open_migrated_store()
    with db.connection_context():
        if is_zip(data):
            report = import_backup(parsed, dry_run=dry_run)
        else:
            report = import_contacts(parsed, dry_run=dry_run)
    for error in report["errors"]:
        click.echo(f"{path}:{error['line']}: {error['message']}", err=True)
    prefix = "Dry run, nothing written: would have" if dry_run else "Imported"
    click.echo(
        f"{prefix} {report['created']} created, {report['updated']} updated, "
        f"{report['skipped']} skipped, {len(report['errors'])} with errors "
        f"({report['format']} format)."
    )
    for name, figures in report.get("plan", {}).items():
        click.echo(
            f"{name.capitalize()}: {figures['created']} created, "
            f"{figures['skipped']} already there."
        )


def day_option(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD.") from error


@main.command()
@click.option("--date", "on", metavar="YYYY-MM-DD", help="Plan as of this day (default: today).")
@click.option(
    "--days",
    type=click.IntRange(0, 366),
    default=7,
    show_default=True,
    help="How far ahead to show.",
)
def agenda(on, days):
    """Print what is overdue and due today, then what comes in the next days."""
    from .core.agenda_table import agenda_table
    from .store.agenda import agenda as read_agenda
    from .store.db import db

    today = day_option(on) or datetime.date.today()
    open_migrated_store()
    with db.connection_context():
        items = read_agenda(today, days)["items"]
    click.echo(agenda_table(items, today=today, days=days), nl=False)


@main.command()
@click.option("--company", required=True, help="The company the interview was with.")
@click.option("--role", help="The job; finds or starts the opportunity for it.")
@click.option("--date", "on", required=True, metavar="YYYY-MM-DD", help="The interview day.")
@click.option("--at", metavar="HH:MM", help="The time it started.")
@click.option("--stage", default="", help='Such as "phone screen" or "final round".')
@click.option(
    "--format", "format_name", type=click.Choice(["phone", "video", "onsite"]), help="How."
)
@click.option(
    "--with",
    "interviewers",
    multiple=True,
    metavar="NAME_OR_URL",
    help="An interviewer, by name or LinkedIn URL; repeat for each.",
)
@click.option("--next-steps", default="", help="What they said happens next.")
@click.option("--timeframe", default="", help='When they said you would hear: "about a week".')
def interview(company, role, on, at, stage, format_name, interviewers, next_steps, timeframe):
    """Log an interview, and say when to follow up."""
    from .store.db import db
    from .store.plan import create_interview
    from .store.plan_lookup import NotFound, find_contact, find_or_create_opportunity

    day = day_option(on)
    try:
        time_of_day = datetime.datetime.strptime(at, "%H:%M").time() if at else None
    except ValueError as error:
        raise click.BadParameter(f"{at!r} is not a time; use HH:MM.", param_hint="--at") from error
    open_migrated_store()
    with db.connection_context():
        try:
            # One person named twice (by name and by URL, say) is one interviewer.
            people = list({p["id"]: p for p in map(find_contact, interviewers)}.values())
            opportunity_id, created = find_or_create_opportunity(company, role)
        except NotFound as error:
            raise click.ClickException(str(error)) from error
        logged = create_interview(
            opportunity_id,
            {
                "on": day, "at": time_of_day, "stage": stage, "format": format_name or "",
                "interviewer_ids": [person["id"] for person in people],
                "next_steps": next_steps, "timeframe": timeframe,
            },
        )  # fmt: skip
    what = stage or "interview"
    who = f" with {', '.join(person['full_name'] for person in people)}" if people else ""
    click.echo(f"Logged the {what} at {company} on {day:%a %-d %b %Y}{who}.")
    if created:
        click.echo(f"Started an opportunity for {company}{f' ({role})' if role else ''}.")
    follow_up = datetime.date.fromisoformat(logged["follow_up_on"])
    if logged["decide_by"]:
        decide_by = datetime.date.fromisoformat(logged["decide_by"])
        click.echo(f"They expect to decide by {decide_by:%a %-d %b}.")
    elif timeframe:
        click.echo(f"Could not read {timeframe!r} as a date; kept as you wrote it.")
    click.echo(f"Follow up on {follow_up:%a %-d %b} if you have not heard by then.")


@main.command("calendar-url")
@click.option("--rotate", is_flag=True, help="Make a new key; subscriptions to the old URL stop.")
def calendar_url_command(rotate):
    """Print the address a calendar app subscribes to (it reads the agenda, nothing else)."""
    from .api.calendar import calendar_url

    config = Config()
    path = config.calendar_key_path
    key = write_new_token(path) if rotate else load_or_create_token(path)
    click.echo(calendar_url(config.port, key))
    if rotate:
        click.echo("The old address stops working; subscribe again with this one.", err=True)
