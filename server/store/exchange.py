"""Contacts out in chunks for export, and imported contacts matched, merged and written."""

import datetime
import gc
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from itertools import groupby
from operator import itemgetter

from peewee import SQL, Case, DatabaseError, fn

from server.core.exchange import ParsedFile
from server.core.exchange.segue_csv import EDUCATION_KEYS, POINT_KEYS, POSITION_KEYS
from server.core.search import search_columns
from server.core.talking_points import DERIVED, sharing_with

from .contacts import HISTORY, companies_of, refresh_search_columns
from .db import SQLITE_PRAGMAS, db, is_sqlite, write_transaction
from .models import Contact, Education, Position, TalkingPoint, utcnow
from .rederive import rederive_between
from .serialize import KIND_RANK, contact_to_dict, iso
from .statements import insert_rows, rendered, talking_points_of
from .talking_points import current_me, derived_rows, new_derived_points, taken_topics

# Work gathered per import transaction before it is written and committed: a capture waits
# for one chunk at most, and writing it (the search index most of all) and committing about
# doubles it.
IMPORT_CHUNK_SECONDS = 0.02
# Measured on 100,000 contacts: 50 a chunk took 1.56 s, 100 took 1.55 s, 500 took 1.85 s.
EXPORT_CHUNK = 100
INDEX_TRIGGER = "contact_search_insert"  # migration 0006
SCALAR_FIELDS = (
    "linkedin_url", "full_name", "first_name", "last_name", "headline", "location", "about",
    "photo_url", "current_title", "current_company", "email", "phone", "notes",
    "preferred_channel",
)  # fmt: skip
LIST_FIELDS = ("skills", "interests")
TIME_NAMES = ("captured_at", "created_at", "updated_at")
IDENTITY_COLUMNS = (Contact.id, Contact.linkedin_url, Contact.email, Contact.full_name,
                    Contact.current_company)  # fmt: skip
CONTACT_NAMES = ("id", *SCALAR_FIELDS, *LIST_FIELDS, "capture", *TIME_NAMES)
# Text comes out "" rather than NULL, as the export's shape has it. A literal rather than a
# parameter, so the only parameters of the export's queries are the ones that vary.
EMPTY = SQL("''")
CONTACT_COLUMNS = tuple(
    fn.COALESCE(getattr(Contact, name), EMPTY) if name in (*SCALAR_FIELDS, "capture") else
    getattr(Contact, name)
    for name in CONTACT_NAMES
)  # fmt: skip
# The order the contact page shows: strongest kind first, then the derived ranking.
POINT_ORDER = (
    Case(TalkingPoint.kind, list(KIND_RANK.items()), len(KIND_RANK)),
    fn.COALESCE(TalkingPoint.strength, 0).desc(),
)


def export_chunks(chunk_size: int = EXPORT_CHUNK) -> Iterator[list[dict]]:
    """Every contact in the export's shape (`core.exchange.writer`), `chunk_size` at a time.

    Pages by id rather than OFFSET, so each chunk costs the same however far in it is.
    """
    last_id = 0
    while True:
        rows = _contact_rows(last_id, chunk_size)
        if not rows:
            return
        first_id, last_id = rows[0]["id"], rows[-1]["id"]
        rederive_between(first_id, last_id)
        positions = _records(Position, POSITION_KEYS, first_id, last_id)
        education = _records(Education, EDUCATION_KEYS, first_id, last_id)
        points = _records(TalkingPoint, POINT_KEYS, first_id, last_id, POINT_ORDER)
        for row in rows:
            row["positions"] = positions.get(row["id"], ())
            row["education"] = education.get(row["id"], ())
            row["talking_points"] = points.get(row["id"], ())
        yield rows


def _contact_rows(after_id: int, limit: int) -> list[dict]:
    sql, params = rendered(
        "export_contacts",
        lambda: (
            Contact.select(*CONTACT_COLUMNS).where(Contact.id > 0).order_by(Contact.id).limit(1)
        ),
    )
    # Read from the raw cursor and convert only the columns that need it: peewee's generic
    # per-row conversion was most of an export's time. `capture` stays the JSON text it is.
    rows = [
        dict(zip(CONTACT_NAMES, values, strict=True))
        for values in db.execute_sql(sql, (after_id, limit, *params[2:]))
    ]
    for name in LIST_FIELDS:
        # One json.loads for the whole chunk: a call costs more than the parsing it does.
        lists = json.loads("[" + ",".join([row[name] or "[]" for row in rows]) + "]")
        for row, items in zip(rows, lists, strict=True):
            row[name] = items
    for name in TIME_NAMES:
        for row in rows:
            row[name] = _iso_time(row[name])
    return rows


def _iso_time(value) -> str:
    """What `iso` gives, or "", from the datetime PostgreSQL returns or the text SQLite keeps."""
    if isinstance(value, str) and len(value) >= 19:
        # "2026-11-01 09:30:00.123456" -> "2026-11-01T09:30:00Z", without parsing a datetime.
        return value[:10] + "T" + value[11:19] + "Z"
    return iso(Contact.created_at.python_value(value)) or ""


def _records(model, keys, first_id, last_id, order=()) -> dict[int, list[tuple]]:
    """Each contact's rows of `model` as tuples of text in `keys` order, by contact id."""
    # The chunk is every contact from its first to its last id, so a range finds its rows
    # with one cheap condition instead of hundreds of bound ids. Tuples rather than dicts:
    # an export of 100,000 contacts reads half a million of these.
    sql, params = rendered(
        f"export_{model.__name__}",
        lambda: (
            model.select(model.contact, *(fn.COALESCE(getattr(model, k), EMPTY) for k in keys))
            .where(model.contact.between(0, 0))
            .order_by(model.contact, *order, model.ordinal, model.id)
        ),
    )
    # The range's two ends are the query's first parameters; the rest never change.
    cursor = db.execute_sql(sql, (first_id, last_id, *params[2:]))
    return {
        contact_id: [row[1:] for row in rows]
        for contact_id, rows in groupby(cursor.fetchall(), itemgetter(0))
    }


def import_contacts(parsed: ParsedFile, *, dry_run: bool = False) -> dict:
    """Write the good rows of an imported file, a short transaction at a time; report every row.

    Each row is matched to an existing contact by profile URL, then email, then name and
    company; a match only has its empty fields filled, so importing a file again changes
    nothing. A dry run reads and reports the same figures, and neither writes nor takes the
    write lock. A real import commits a chunk of rows at a time (`IMPORT_CHUNK_SECONDS` of
    work), so a capture waits for one chunk at most; should one fail, the report says what
    the chunks before it wrote and, in `stopped` (only then present), the line it stopped at
    and why.
    """
    report = {"format": parsed.format, "created": 0, "updated": 0, "skipped": 0, "errors": []}
    # The parsed file is tens of thousands of objects that live until the import ends; left
    # to the collector, each full collection walked them all, pausing a chunk by 100 ms+.
    gc.freeze()
    try:
        with nullcontext() if dry_run else unsynced_chunks():
            return _import(parsed, report, dry_run=dry_run)
    finally:
        gc.unfreeze()


def _import(parsed: ParsedFile, report: dict, *, dry_run: bool) -> dict:
    batch = _ImportBatch(dry_run=dry_run)
    rows, start = parsed.rows, 0
    while start < len(rows):
        chunk = dict.fromkeys(("created", "updated", "skipped"), 0)
        try:
            with nullcontext() if dry_run else write_transaction():
                if not is_sqlite():
                    db.execute_sql("SET LOCAL synchronous_commit TO OFF")
                end = batch.begin_chunk(rows, start, chunk, report["errors"])
                batch.flush()
        except DatabaseError as error:
            # The chunk's transaction was rolled back: what it counted was not written.
            report["stopped"] = {"line": rows[start].line, "message": _stop_message(error)}
            del report["errors"][batch.errors_before_chunk :]
            return report
        for outcome, count in chunk.items():
            report[outcome] += count
        start = end
    return report


@contextmanager
def unsynced_chunks():
    """An import's chunks commit without waiting for the disk; all of it is synced at the end.

    A commit waits for the disk, on a busy machine up to 100 ms, and each capture queued
    behind a chunk waited for that too. A crash part-way loses at most the last chunks, never
    the database's consistency, and importing the file again puts them back; the sync at the
    end makes the whole import as durable as any write before the report says it is done.
    On PostgreSQL each chunk sets synchronous_commit off for itself.
    """
    # Inside a caller's transaction (a backup's preview) SQLite can't change the safety level,
    # and the caller's own commit or rollback ends the work.
    if not is_sqlite() or db.in_transaction():
        yield
        return
    db.execute_sql("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA synchronous = {SQLITE_PRAGMAS['synchronous']}")
        # Syncs the log, and with it every chunk, before copying what it can into the file.
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _stop_message(error: Exception) -> str:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f"The database refused the rows from here on ({reason}); the rows before were saved."


def _topics(points: list[dict]) -> set[str]:
    """The topics an imported file's points take over, as `taken_topics` gives stored ones."""
    return {point["topic"] for point in points if point["topic"]}


def _point_key(kind: str, text: str) -> tuple[str, str]:
    return kind, " ".join(text.casefold().split())


def _name_key(full_name: str, company: str) -> tuple[str, str] | None:
    # A name alone is too common to be sure it is the same person.
    if not full_name.strip() or not company.strip():
        return None
    return " ".join(full_name.casefold().split()), " ".join(company.casefold().split())


def _index_trigger() -> str | None:
    """The SQL creating SQLite's trigger that indexes each new contact, when there is one."""
    if not is_sqlite():
        return None  # PostgreSQL's trigram indexes are kept up by the table itself.
    row = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (INDEX_TRIGGER,)
    ).fetchone()
    return row[0].replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1) if row else None


class _ImportBatch:
    """What one import has seen and still has to write: the lookup keys and child rows.

    The lookup keys are read once, then brought up to date at the start of each chunk with
    the contacts other writers changed in between, so matching holds across chunks. A dry
    run keeps the contacts it would have created or filled in `imagined` instead of writing.
    """

    def __init__(self, *, dry_run: bool = False):
        self.dry_run = dry_run
        self.me = current_me()
        self.may_share = sharing_with(self.me)
        self.by_url, self.by_email, self.by_name = {}, {}, {}
        self.identity: dict[int, tuple[str, str]] = {}
        self.imagined: dict[int, tuple[Contact, dict, list]] = {}
        # Read outside the write lock: a writer under way as it is read may have stamped its
        # change a little earlier, so the first chunk looks back a minute for it.
        self.seen_at = utcnow() - datetime.timedelta(minutes=1)
        self._remember_all(Contact.select(*IDENTITY_COLUMNS))
        self.next_id = 1
        self.errors_before_chunk = 0
        self.pending = {Contact: [], Position: [], Education: [], TalkingPoint: []}
        self.index_trigger = None if dry_run else _index_trigger()

    def _remember_all(self, query) -> None:
        for row in query.tuples():
            self._remember(*row)

    def begin_chunk(self, rows, start: int, counts: dict, errors: list) -> int:
        """Match and gather rows from `start` for one chunk's time; return where it ended."""
        self.errors_before_chunk = len(errors)
        if not self.dry_run:
            # Under the write lock: what others wrote since the last chunk, and the next id.
            since, self.seen_at = self.seen_at, utcnow()
            self._remember_all(Contact.select(*IDENTITY_COLUMNS).where(Contact.updated_at >= since))
        # New contacts get their ids here so they can be inserted many to a statement; the
        # write lock this runs under keeps anyone else from taking the same ids.
        self.next_id = max(self.next_id, (Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1)
        deadline = time.perf_counter() + IMPORT_CHUNK_SECONDS
        end = start
        while end < len(rows) and (self.dry_run or time.perf_counter() < deadline):
            row = rows[end]
            end += 1
            if row.error:
                errors.append({"line": row.line, "message": row.error})
            elif row.contact is None:
                counts["skipped"] += 1
            else:
                counts[self.add(row.contact)] += 1
        return end

    def _remember(self, contact_id, url, email, full_name, company) -> None:
        email = (email or "").casefold()
        self.identity[contact_id] = (url or "", email)
        if url:
            self.by_url.setdefault(url, contact_id)
        if email:
            self.by_email.setdefault(email, contact_id)
        key = _name_key(full_name or "", company or "")
        if key:
            self.by_name.setdefault(key, contact_id)

    def _match(self, contact: dict) -> int | None:
        url, email = contact["linkedin_url"] or "", contact["email"].casefold()
        if url in self.by_url:
            return self.by_url[url]
        candidates = (
            self.by_email.get(email) if email else None,
            self.by_name.get(_name_key(contact["full_name"], contact["current_company"])),
        )
        for number, contact_id in enumerate(candidates):
            if contact_id is None:
                continue
            known_url, known_email = self.identity[contact_id]
            # Two different profile URLs, or two different emails, are two different people.
            if url and known_url and url != known_url:
                continue
            if number == 1 and email and known_email and email != known_email:
                continue
            return contact_id
        return None

    def _forget(self, contact_id: int) -> None:
        """Drop a contact someone deleted since its keys were read."""
        for keys in (self.by_url, self.by_email, self.by_name):
            for key in [key for key, known in keys.items() if known == contact_id]:
                del keys[key]
        self.identity.pop(contact_id, None)

    def add(self, contact: dict) -> str:
        """Create or gap-fill the contact; return "created", "updated" or "skipped"."""
        existing_id = self._match(contact)
        if existing_id is not None:
            filled = self._fill(existing_id, contact)
            if filled is not None:
                return "updated" if filled else "skipped"
            self._forget(existing_id)
        self._create(contact)
        return "created"

    def _create(self, contact: dict) -> None:
        now = utcnow()
        values = {name: contact[name] for name in (*SCALAR_FIELDS, *LIST_FIELDS, "capture")}
        values.update(
            captured_at=contact["captured_at"],
            created_at=contact["created_at"] or now,
            updated_at=now,
            derived_version=self.me["version"],
        )
        companies = [position["company"] for position in contact["positions"]]
        values.update(search_columns(contact["full_name"], contact["headline"],
                                     contact["current_company"], companies))  # fmt: skip
        contact_id = values["id"] = self.next_id
        self.next_id += 1
        self._remember(contact_id, contact["linkedin_url"], contact["email"],
                       contact["full_name"], contact["current_company"])  # fmt: skip
        if self.dry_run:
            has = {key: bool(contact[key]) for _, key in HISTORY}
            points = [TalkingPoint(**point) for point in contact["talking_points"]]
            self.imagined[contact_id] = Contact(**values), has, points
            return
        self.pending[Contact].append(values)
        self._add_history(contact_id, contact)
        self._add_points(contact_id, contact["talking_points"])
        derived = {**values, "talking_points": contact["talking_points"]}
        derived.update(positions=contact["positions"], education=contact["education"])
        self._add_derived(contact_id, derived, _topics(contact["talking_points"]))

    def _known(self, contact_id: int) -> tuple[Contact, dict, list] | None:
        """A matched contact, whether it has positions and education, and its points."""
        if contact_id in self.imagined:
            return self.imagined[contact_id]
        # The match may be a contact this same file created, whose rows are still pending.
        self.flush()
        existing = Contact.get_or_none(Contact.id == contact_id)
        if existing is None:
            return None
        has = {key: model.select().where(model.contact == contact_id).exists()
               for model, key in HISTORY}  # fmt: skip
        return existing, has, talking_points_of(contact_id)

    def _fill(self, contact_id: int, contact: dict) -> bool | None:
        """Fill the matched contact's gaps; whether anything was new, None if it is gone."""
        known_contact = self._known(contact_id)
        if known_contact is None:
            return None
        existing, has, stored = known_contact
        changed = False
        for name in (*SCALAR_FIELDS, *LIST_FIELDS, "capture", "captured_at"):
            if contact[name] and not getattr(existing, name):
                setattr(existing, name, contact[name])
                changed = True
        missing = {key: [] if has[key] else contact[key] for _, key in HISTORY}
        known = {_point_key(point.kind, point.text) for point in stored}
        # A derived point does not keep out the file's edit or removal of it; the user's do.
        taken = taken_topics(stored)
        new_points = [
            point
            for point in contact["talking_points"]
            if _point_key(point["kind"], point["text"]) not in known
            and not (point["topic"] and point["topic"] in taken)
        ]
        if not (changed or new_points or missing["positions"] or missing["education"]):
            return False
        if self.dry_run:
            has = {key: has[key] or bool(missing[key]) for key in has}
            points = [*stored, *(TalkingPoint(**point) for point in new_points)]
            self.imagined[contact_id] = existing, has, points
            self._remember(contact_id, existing.linkedin_url, existing.email,
                           existing.full_name, existing.current_company)  # fmt: skip
            return True
        self._add_history(contact_id, missing)
        self._add_points(contact_id, new_points)
        added = [position["company"] for position in missing["positions"]]
        refresh_search_columns(existing, added or companies_of(contact_id))
        existing.updated_at = utcnow()
        existing.derived_version = self.me["version"]
        existing.save()
        self._remember(contact_id, existing.linkedin_url, existing.email,
                       existing.full_name, existing.current_company)  # fmt: skip
        # Derived points need the history just added, so it is written first.
        self.flush()
        TalkingPoint.delete().where(
            (TalkingPoint.contact == contact_id) & (TalkingPoint.source == DERIVED)
        ).execute()
        self._add_derived(contact_id, contact_to_dict(existing), taken | _topics(new_points))
        return True

    @contextmanager
    def _indexed_in_bulk(self, new_ids: list[int]):
        """Index the contacts inserted inside with one statement rather than a trigger each.

        The trigger's per-row work was a third of an import's time, ten times what one
        INSERT ... SELECT of the same rows takes. It is dropped and made again in the
        chunk's own transaction, so no other writer ever sees it missing and the index
        always holds what the table does.
        """
        if not (new_ids and self.index_trigger):
            yield
            return
        db.execute_sql(f"DROP TRIGGER {INDEX_TRIGGER}")
        try:
            yield
            # The ids were given in order under the write lock, above every id there was:
            # the range holds this flush's new contacts and nothing else.
            db.execute_sql(
                "INSERT INTO contact_search(rowid, search_text, company_text) "
                "SELECT id, search_text, company_text FROM contact WHERE id BETWEEN ? AND ?",
                (new_ids[0], new_ids[-1]),
            )
        finally:
            db.execute_sql(self.index_trigger)

    def _add_history(self, contact_id: int, contact: dict) -> None:
        for model, key in HISTORY:
            self.pending[model] += [
                {"contact": contact_id, "ordinal": ordinal, **record}
                for ordinal, record in enumerate(contact[key])
            ]

    def _add_points(self, contact_id: int, points: list[dict]) -> None:
        # Every column, "topic" too: rows inserted together must name the same columns.
        now = utcnow()
        self.pending[TalkingPoint] += [
            {"contact": contact_id, "kind": point["kind"], "text": point["text"],
             "url": point["url"], "source": point["source"], "evidence": None,
             "strength": None, "ordinal": 0, "topic": point["topic"], "created_at": now,
             "updated_at": now}
            for point in points
        ]  # fmt: skip

    def _add_derived(self, contact_id: int, contact: dict, taken: set[str]) -> None:
        if not self.may_share(contact):
            return
        derived = new_derived_points(self.me, contact, taken)
        self.pending[TalkingPoint] += derived_rows(contact_id, derived)

    def flush(self) -> None:
        """Insert the rows gathered so far, contacts first, many rows to a statement."""
        if self.dry_run:
            return
        new_ids = [row["id"] for row in self.pending[Contact]]
        with self._indexed_in_bulk(new_ids):
            for model, rows in self.pending.items():
                if rows:
                    insert_rows(model, rows)
                    rows.clear()
        new_contacts = bool(new_ids)
        if new_contacts and not is_sqlite():
            # Ids given by hand leave PostgreSQL's sequence behind; bring it up to them. A
            # rollback (a dry run) does not undo this, which only leaves a gap in the ids.
            table = Contact._meta.table_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
