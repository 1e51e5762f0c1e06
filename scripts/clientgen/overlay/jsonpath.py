"""RFC 9535 JSONPath queries that return each match's location, so actions can edit its parent.

Wraps `jsonpath-rfc9535` (a full RFC 9535 implementation, as Overlay 1.1 requires) behind a small
typed surface: compile, select (nodelist order, duplicates dropped), and edit-by-location.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jsonpath_rfc9535

Location = tuple[str | int, ...]

_ESCAPES = {
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "'": "\\'",
    "\\": "\\\\",
}


class InvalidQuery(ValueError):
    """The expression is not a well-formed, well-typed RFC 9535 query."""


class QueryFailed(RuntimeError):
    """A well-formed query could not be evaluated against the document."""


@dataclass(frozen=True)
class Node:
    """A selected value and its location (member names and array indices from the root)."""

    location: Location
    value: Any

    @property
    def path(self) -> str:
        """The RFC 9535 normalized path, e.g. `$['paths']['/pets']['get']`."""
        return normalized_path(self.location)


def normalized_path(location: Location) -> str:
    """Render a location as an RFC 9535 section 2.7 normalized path."""
    return "$" + "".join(
        f"[{part}]" if isinstance(part, int) else f"['{_escape(part)}']" for part in location
    )


def _escape(name: str) -> str:
    return "".join(
        _ESCAPES.get(ch) or (f"\\u{ord(ch):04x}" if ord(ch) < 0x20 else ch) for ch in name
    )


@lru_cache(maxsize=512)
def compile_query(expression: str) -> jsonpath_rfc9535.JSONPathQuery:
    """Parse once; raise InvalidQuery with the library's reason (it includes the column)."""
    try:
        return jsonpath_rfc9535.compile(expression)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise InvalidQuery(str(exc)) from exc


def select(document: Any, expression: str) -> list[Node]:
    """Nodes matched by `expression`, in nodelist order; a location selected twice counts once."""
    query = compile_query(expression)
    try:
        found = query.find(document)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise QueryFailed(str(exc)) from exc
    seen: set[Location] = set()
    nodes: list[Node] = []
    for match in found:
        location = tuple(match.location)
        if location not in seen:
            seen.add(location)
            nodes.append(Node(location, match.value))
    return nodes


def replace_at(document: Any, location: Location, value: Any) -> None:
    """Put `value` at `location` (which must not be the root) in place of what is there."""
    parent = _resolve(document, location[:-1])
    parent[location[-1]] = value


def remove_locations(document: Any, locations: Iterable[Location]) -> None:
    """Delete every location from its parent object or array without index-shift errors.

    A location under another one being removed goes with its ancestor. The rest are deleted in
    descending order, so within one array the higher indices go first and the lower ones stay valid.
    """
    unique = set(locations)
    survivors = [loc for loc in unique if not any(loc[:cut] in unique for cut in range(len(loc)))]
    for location in sorted(survivors, reverse=True):
        parent = _resolve(document, location[:-1])
        del parent[location[-1]]


def _resolve(document: Any, location: Location) -> Any:
    value = document
    for part in location:
        value = value[part]
    return value
