"""The operations of an OpenAPI document: which keys of a Path Item are operations, and one walk
over them, for the pipeline, the package's validator, the mocks and the tests alike."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["HTTP_METHODS", "iter_operations"]

# The Path Item keys that hold an Operation object (OpenAPI 3.1 §4.8.9), in the order walked.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(path, method, operation) for every operation, paths in document order, methods in
    `HTTP_METHODS` order; anything that is not an object is passed over."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield path, method, operation
