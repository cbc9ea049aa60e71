"""A whole backup in one file: contacts.csv and the plan's CSV files in a ZIP."""

import io
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from .plan_csv import INTERVIEWS, OPPORTUNITIES, TOUCHES, PlanRow, read_plan_csv
from .reader import ParsedFile, UnreadableFile, read_contacts

CONTACTS = "contacts.csv"
MEMBERS = (CONTACTS, OPPORTUNITIES, INTERVIEWS, TOUCHES)
ZIP_MAGIC = b"PK\x03\x04"
# What the files may unpack to, so a small upload cannot swell into gigabytes.
UNPACKED_LIMIT = 512 * 1024 * 1024


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def segue_zip(contacts_csv: Iterable[bytes], plan_files: dict[str, bytes]) -> bytes:
    """The ZIP of contacts.csv (written a chunk at a time) and the plan's files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(CONTACTS, "w") as member:
            for chunk in contacts_csv:
                member.write(chunk)
        for name in MEMBERS[1:]:
            archive.writestr(name, plan_files[name])
    return buffer.getvalue()


def read_segue_zip(data: bytes) -> dict[str, bytes]:
    """The files of a Segue ZIP by name; raises UnreadableFile when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if CONTACTS not in infos:
                raise UnreadableFile("The ZIP has no contacts.csv: it is not a Segue backup.")
            if sum(infos[name].file_size for name in MEMBERS if name in infos) > UNPACKED_LIMIT:
                raise UnreadableFile("The ZIP unpacks to more than Segue reads at once.")
            return {name: archive.read(name) for name in MEMBERS if name in infos}
    except (
        zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError,
        zlib.error,
    ) as error:  # fmt: skip
        raise UnreadableFile(f"The ZIP cannot be read ({error}).") from error


@dataclass
class Backup:
    """A Segue ZIP read back: its contacts, and the plan files' rows by file name."""

    contacts: ParsedFile
    plan: dict[str, list[PlanRow]]


def read_backup(data: bytes) -> Backup:
    """Every file of a Segue ZIP, read and checked; raises UnreadableFile when it is not one."""
    files = read_segue_zip(data)
    try:
        contacts = read_contacts(files[CONTACTS])
    except UnreadableFile as error:
        raise UnreadableFile(f"{CONTACTS}: {error.message}") from error
    plan = {name: read_plan_csv(name, files[name]) if name in files else [] for name in MEMBERS[1:]}
    return Backup(contacts, plan)
