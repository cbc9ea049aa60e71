"""Read an uploaded contacts file: decode it, tell its format, and turn each row into a contact."""

import csv
import io
from dataclasses import dataclass, field

from . import google_csv, linkedin_csv, outlook_csv, segue_csv
from .cells import unguard_cell
from .validate import RowError, clean_contact
from .vcard import split_cards, vcard_to_contact

# Checked in this order: Segue's header also has "First Name", LinkedIn's has no "E-mail".
CSV_FORMATS = (
    ("segue", (segue_csv.SIGNATURE,), segue_csv),
    ("linkedin", linkedin_csv.SIGNATURES, linkedin_csv),
    ("google", google_csv.SIGNATURES, google_csv),
    ("outlook", outlook_csv.SIGNATURES, outlook_csv),
)
# LinkedIn puts a "Notes:" preamble above its header; a few lines of search is plenty.
HEADER_SEARCH_ROWS = 20
BINARY_SNIFF = 1024


class UnreadableFile(ValueError):
    """The file as a whole cannot be read: not text, not a known format, or broken CSV."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class ParsedRow:
    """One row or card: the contact it holds, or why it could not be used; `line` is 1-based."""

    line: int
    contact: dict | None = None
    error: str | None = None


@dataclass
class ParsedFile:
    """The format a file was told to be, and each of its rows in order."""

    format: str
    rows: list[ParsedRow] = field(default_factory=list)


def decode(data: bytes) -> str:
    """The text of an uploaded file: UTF-8 (with or without BOM), UTF-16, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        # Outlook on Windows writes the ANSI code page; UTF-8 is tried first as it is strict.
        candidates = ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # NUL near the start means a binary file; one further on is a bad cell, reported by row.
        if "\x00" not in text[:BINARY_SNIFF]:
            return text
    raise UnreadableFile("The file is not text: upload a .csv or .vcf file.")


def read_contacts(data: bytes) -> ParsedFile:
    """Every contact in a CSV (Segue, LinkedIn, Google, Outlook) or vCard file, checked.

    Raises UnreadableFile when the format cannot be told or the CSV itself is broken.
    """
    text = decode(data)
    if text.lstrip().upper().startswith("BEGIN:VCARD"):
        return _read_vcards(text)
    return _read_csv(text)


_VCARD_NAMES = {
    "full_name": "FN", "first_name": "N", "last_name": "N", "current_company": "ORG",
    "current_title": "TITLE", "email": "EMAIL", "phone": "TEL", "linkedin_url": "URL",
    "location": "ADR", "notes": "NOTE", "talking_points": "NOTE", "vcard": "vCard",
}  # fmt: skip


def _read_vcards(text: str) -> ParsedFile:
    parsed = ParsedFile("vcard")
    for line, card in split_cards(text):
        parsed.rows.append(_checked(line, lambda card=card: vcard_to_contact(card), _VCARD_NAMES))
    return parsed


def _read_csv(text: str) -> ParsedFile:
    broken, read_whole = None, False
    # Excel saves CSV with semicolons where the decimal mark is a comma.
    for delimiter in (",", ";"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows, error = rows_with_lines(reader)
        for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
            header = [unguard_cell(cell).strip() for cell in cells]
            for name, signatures, module in CSV_FORMATS:
                if any(signature <= set(header) for signature in signatures):
                    if error:
                        raise error
                    return _parse_rows(name, module, header, rows[index + 1 :])
        read_whole = read_whole or error is None
        broken = broken or error
    # A file one delimiter reads whole is a well-formed CSV, only not one Segue knows: where
    # the other delimiter stumbled says nothing about it.
    if broken and not read_whole:
        raise broken
    raise UnreadableFile(
        "Unknown file format: upload Segue's CSV, LinkedIn's Connections.csv, a Google or "
        "Outlook contacts CSV, or a .vcf file."
    )


def rows_with_lines(reader) -> tuple[list[tuple[int, list[str]]], UnreadableFile | None]:
    """The rows read, each with its first line, and why reading stopped early, if it did."""
    rows, start = [], 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        return rows, UnreadableFile(f"Line {start}: the CSV is broken ({error}).")
    return rows, None


def _parse_rows(name: str, module, header: list[str], rows) -> ParsedFile:
    parsed = ParsedFile(name)
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            parsed.rows.append(ParsedRow(line))
            continue
        if len(cells) > len(header):
            parsed.rows.append(
                ParsedRow(line, error=f"{len(cells)} cells, but the header has {len(header)}.")
            )
            continue
        values = {column: unguard_cell(cell) for column, cell in zip(header, cells, strict=False)}
        parsed.rows.append(
            _checked(line, lambda values=values: module.row_to_contact(values), module.COLUMN_OF)
        )
    return parsed


def _checked(line: int, read, columns: dict[str, str]) -> ParsedRow:
    try:
        return ParsedRow(line, contact=clean_contact(read()))
    except RowError as error:
        column = columns.get(error.field, error.field)
        return ParsedRow(line, error=f"{column}: {error.message}")
