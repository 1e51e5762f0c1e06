"""What one action does to the document: select its target, then remove, update or copy.

Version rules (`feature_set` is the overlay's `major.minor`):
- 1.1: an `update`/`copy` value merges into objects, is concatenated to arrays when it is an
  array (appended as one element otherwise), and replaces primitives; the selected nodes must be
  all objects, all arrays or all primitives. `copy` names exactly one source node.
- 1.0: targets of `update` must be objects or arrays (primitives and null are an error); for an
  array the value is "an entry to append", so even an array value is appended as one element.
- Both: `remove: true` deletes every selected node (objects, arrays and primitives; the 1.0
  compliant set remove-example removes a string) and then `update`/`copy` have no impact;
  `remove: false` changes nothing by itself.
"""

from __future__ import annotations

from typing import Any

from .errors import ActionError
from .jsonpath import InvalidQuery, Node, QueryFailed, compile_query, remove_locations, replace_at
from .jsonpath import select as select_nodes
from .merge import clone, describe, kind_of, merge_object
from .model import Action


def run_action(document: Any, action: Action, feature_set: str) -> bool:
    """Apply `action` in place; False when its target matched nothing (nothing changed)."""
    _compile(action.target, "invalid JSONPath")
    if action.copy is not None and not action.remove:
        _compile(action.copy, f'invalid JSONPath in copy "{action.copy}"')
    nodes = _select(document, action.target, "")
    if not nodes:
        return False
    if action.remove:
        _remove(document, nodes)
    elif action.copy is not None:
        _put(document, nodes, _copy_source(document, action.copy), feature_set, "copy")
    elif action.has_update:
        _put(document, nodes, action.update, feature_set, "update")
    return True


def _compile(expression: str, problem: str) -> None:
    try:
        compile_query(expression)
    except InvalidQuery as exc:
        raise ActionError(f"{problem}: {exc}") from exc


def _select(document: Any, expression: str, where: str) -> list[Node]:
    try:
        return select_nodes(document, expression)
    except QueryFailed as exc:
        raise ActionError(f'JSONPath{where} "{expression}" failed: {exc}') from exc


def _remove(document: Any, nodes: list[Node]) -> None:
    if any(not node.location for node in nodes):
        raise ActionError("cannot remove the document root ($)")
    remove_locations(document, [node.location for node in nodes])


def _copy_source(document: Any, expression: str) -> Any:
    sources = _select(document, expression, " in copy")
    if len(sources) != 1:
        listed = [node.path for node in sources[:3]] + (["..."] if len(sources) > 3 else [])
        found = f" ({', '.join(listed)})" if sources else ""
        raise ActionError(
            f'copy source "{expression}" must select exactly one node, '
            f"it selected {len(sources)}{found}"
        )
    return clone(sources[0].value)


def _put(document: Any, nodes: list[Node], value: Any, feature_set: str, field: str) -> None:
    kinds = sorted({kind_of(node.value) for node in nodes})
    if feature_set != "1.0" and len(kinds) > 1:
        raise ActionError(
            f"target selects a mix of {' and '.join(kinds)} nodes; for {field} Overlay "
            f"{feature_set} requires all objects, all arrays or all primitives"
        )
    for node in nodes:
        _put_one(document, node, value, feature_set, field)


def _put_one(document: Any, node: Node, value: Any, feature_set: str, field: str) -> None:
    kind = kind_of(node.value)
    if kind == "object":
        if kind_of(value) != "object":
            raise ActionError(
                f"{field} value must be an object to merge into the object at {node.path} "
                f"(got {describe(value)})"
            )
        merge_object(node.value, value, node.location)
    elif kind == "array":
        if feature_set != "1.0" and isinstance(value, list):
            node.value.extend(clone(item) for item in value)
        else:
            node.value.append(clone(value))
    elif feature_set == "1.0":
        raise ActionError(
            f"{node.path} is {describe(node.value)}, but Overlay 1.0 targets must be objects or "
            "arrays (select the containing object, or use overlay 1.1.x to replace primitives)"
        )
    elif kind_of(value) != "primitive":
        raise ActionError(
            f"{field} value must be a primitive to replace the primitive at {node.path} "
            f"(got {describe(value)})"
        )
    else:
        replace_at(document, node.location, clone(value))
