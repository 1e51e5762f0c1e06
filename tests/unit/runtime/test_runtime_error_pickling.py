"""Every error type pickles and unpickles to an equal error (type, message, args, attributes)."""

from __future__ import annotations

import inspect
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from clientgen.runtime import errors

SAMPLES: dict[str, Any] = {
    "message": "GET /orders/1: not found",
    "status_code": 404,
    "body": {"error": "missing", "items": [1, 2]},
    "headers": httpx.Headers({"Retry-After": "3", "X-Request-Id": "abc"}),
    "operation_id": "get_order",
    "method": "GET",
    "path": "/orders/1",
    "retry_after": 2.5,
    "field": "order_items[0].quantity",
    "rule": "minimum",
    "model": "OrderCreate",
    "detail": "must be >= 1",
}


def _subclasses(cls: type) -> list[type]:
    found: list[type] = [cls]
    sub: type
    for sub in cls.__subclasses__():
        found += [c for c in _subclasses(sub) if c not in found]
    return found


ERROR_TYPES = sorted(
    {c for c in _subclasses(errors.APIError) if c.__module__ == errors.__name__},
    key=lambda c: c.__name__,
)


def build(cls: type[errors.APIError]) -> errors.APIError:
    """An instance with every constructor argument given a non-default sample value."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        value = SAMPLES.get(name, f"sample-{name}")
        if param.kind is param.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return cls(*args, **kwargs)


def same(a: BaseException, b: BaseException) -> bool:
    return (type(a), str(a), a.args, vars(a)) == (type(b), str(b), b.args, vars(b))


def test_every_error_type_is_covered() -> None:
    names = {c.__name__ for c in ERROR_TYPES}
    assert {"NotFoundError", "RateLimitedError", "RequestValidationError"} <= names
    assert {"ModelValidationError", "AmbiguousWriteError", "InsecureTransportError"} <= names
    assert len(ERROR_TYPES) >= 15


@pytest.mark.parametrize("cls", ERROR_TYPES, ids=lambda c: c.__name__)
def test_error_pickles_to_an_equal_error(cls: type[errors.APIError]) -> None:
    error = build(cls)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert same(copy, error), (cls.__name__, protocol)
        assert isinstance(copy, errors.APIError)


def _raise_not_found(operation_id: str) -> None:
    raise errors.NotFoundError(
        f"{operation_id}: HTTP 404", status_code=404, operation_id=operation_id
    )


def test_an_error_raised_in_a_worker_process_reaches_the_parent_as_itself() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_not_found, "get_order")
        with pytest.raises(errors.NotFoundError) as caught:
            future.result(timeout=60)
    assert caught.value.status_code == 404 and caught.value.operation_id == "get_order"
