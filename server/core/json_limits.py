"""Read JSON from outside within limits, so no document can exhaust the parser or the stack.

Python's own parser recurses once per level (a body nested 1,000 deep is a RecursionError),
turns a 4,301-digit integer into a ValueError, and accepts NaN and Infinity, which JSON does
not have. Every JSON that comes in (request bodies, cells of an imported file) is read here.
"""

import json

MAX_DEPTH = 32
# 30 digits holds any id, count or limit (a 64-bit id is 19); a float needs at most 17.
MAX_NUMBER_LENGTH = 30


class JsonOverLimits(ValueError):
    """The text is not JSON, or is JSON past one of the limits; the message says which."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _checked_literal(literal: str) -> str:
    if len(literal.lstrip("-")) > MAX_NUMBER_LENGTH:
        raise JsonOverLimits(f"A number is longer than {MAX_NUMBER_LENGTH} characters.")
    return literal


def _refuse_constant(name: str):
    raise JsonOverLimits(f"{name} is not a JSON number.")


_DECODER = json.JSONDecoder(
    parse_int=lambda literal: int(_checked_literal(literal)),
    parse_float=lambda literal: float(_checked_literal(literal)),
    parse_constant=_refuse_constant,
)


def load_json(data: bytes | str):
    """The value of a JSON document in UTF-8; raises JsonOverLimits, naming what is wrong."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise JsonOverLimits("The JSON is not UTF-8 text.") from error
    try:
        value = _DECODER.decode(data)
    except RecursionError as error:
        raise JsonOverLimits(f"The JSON is nested more than {MAX_DEPTH} levels deep.") from error
    except json.JSONDecodeError as error:
        raise JsonOverLimits(
            f"Not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
        ) from error
    if nesting_depth(value, MAX_DEPTH) > MAX_DEPTH:
        raise JsonOverLimits(f"The JSON is nested more than {MAX_DEPTH} levels deep.")
    return value


def nesting_depth(value, stop_after: int) -> int:
    """How many arrays and objects `value` has inside one another, counting up to one past
    `stop_after`. Level by level, without recursion, so a deep value cannot overflow it."""
    depth, level = 0, [value]
    while depth <= stop_after:
        level = [item for item in level if isinstance(item, dict | list)]
        if not level:
            break
        depth += 1
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
        ]
    return depth
