"""Spreadsheet-safe cells, and the escaped one-line-per-item text used for lists in a cell."""

import re

# OWASP's CSV-injection rule: a spreadsheet runs a cell that starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
FIELD_SEPARATOR = " | "

# Backslash first, so the escapes added after it are not escaped again.
_ESCAPES = (("\\", "\\\\"), ("|", "\\|"), ("\n", "\\n"), ("\r", "\\r"))
_UNESCAPES = {"\\": "\\", "|": "|", "n": "\n", "r": "\r"}
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def guard_cell(value: str) -> str:
    """Return `value` safe to open in a spreadsheet: a leading formula character gets a `'`.

    A value that already starts with `'` gets one more, so `unguard_cell` gives it back intact.
    """
    if value.startswith(FORMULA_STARTS) or value.startswith(GUARD):
        return GUARD + value
    return value


def unguard_cell(value: str) -> str:
    """Undo `guard_cell`: drop the `'` put before a formula character or another `'`."""
    if len(value) > 1 and value[0] == GUARD and value[1:].startswith((*FORMULA_STARTS, GUARD)):
        return value[1:]
    return value


def join_records(records: list[tuple[str, ...]]) -> str:
    """One line per record, its fields joined by " | ", with `\\`, `|` and line breaks escaped."""
    # Text never holds NUL (input refuses it), so NUL can stand for the separator while the
    # records are tested, and escaped, in one piece; most need no escaping at all.
    lines = ["\x00".join(record) for record in records]
    if _needs_escape("\x00".join(lines)):
        lines = [_escape(line) for line in lines]
    return "\n".join(lines).replace("\x00", FIELD_SEPARATOR)


def join_items(items: list[str]) -> str:
    """One item a line, escaped as `join_records` escapes a record of one field."""
    if _needs_escape("\x00".join(items)):
        items = [_escape(item) for item in items]
    return "\n".join(items)


def _needs_escape(text: str) -> bool:
    # Written out: a loop over _ESCAPES costs more than the four searches themselves.
    return "\\" in text or "|" in text or "\n" in text or "\r" in text


def _escape(text: str) -> str:
    # Chained str.replace runs in C; str.translate to multi-character strings does not.
    for char, escaped in _ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text


def split_records(text: str) -> list[list[str]]:
    """The records `join_records` wrote; a blank line is no record."""
    return [_split_fields(line) for line in _LINE_BREAK.split(text) if line.strip()]


def _split_fields(line: str) -> list[str]:
    fields, current, chars = [], [], iter(line)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append(_UNESCAPES.get(following, "\\" + following))
        elif char == "|":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    # The separator is " | ": take back exactly the spaces it added around each field.
    last = len(fields) - 1
    for i, field in enumerate(fields):
        if i > 0 and field.startswith(" "):
            field = field[1:]
        if i < last and field.endswith(" "):
            field = field[:-1]
        fields[i] = field
    return fields
