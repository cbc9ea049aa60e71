"""Write contacts out as CSV or vCard, a chunk at a time, so a large export never sits in memory."""

import csv
import io
from collections.abc import Iterable, Iterator

from . import google_csv, outlook_csv, segue_csv
from .cells import FORMULA_STARTS, GUARD, guard_cell
from .vcard import contact_to_vcard

CSV_FORMATS = {"segue": segue_csv, "google": google_csv, "outlook": outlook_csv}
# Excel reads a CSV as the ANSI code page unless it starts with a UTF-8 byte order mark.
BOM = "\ufeff"
GUARDED = frozenset((*FORMULA_STARTS, GUARD))


def csv_chunks(format_name: str, contact_chunks: Iterable[list[dict]]) -> Iterator[bytes]:
    """UTF-8 CSV bytes: the BOM and header, then one piece per chunk of contacts.

    Every cell, headers included, goes through `guard_cell`, so none starts a formula.
    """
    module = CSV_FORMATS[format_name]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BOM)
    writer.writerow([guard_cell(column) for column in module.HEADER])
    yield _drain(buffer)
    to_row = module.contact_to_row
    for contacts in contact_chunks:
        # `guard_cell` inlined: this runs for every cell of every contact.
        writer.writerows(
            [GUARD + cell if cell and cell[0] in GUARDED else cell for cell in to_row(contact)]
            for contact in contacts
        )
        yield _drain(buffer)


def vcard_chunks(contact_chunks: Iterable[list[dict]]) -> Iterator[bytes]:
    """UTF-8 vCard 3.0 bytes, one piece per chunk of contacts."""
    for contacts in contact_chunks:
        yield "".join(contact_to_vcard(contact) for contact in contacts).encode("utf-8")


def _drain(buffer: io.StringIO) -> bytes:
    data = buffer.getvalue().encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    return data
