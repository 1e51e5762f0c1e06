"""No path parameter of any vendor leaves its segment, and the value checked is the value sent.

The operations come from each package's shipped `openapi.json` (via `bad_input.operations`);
what went on the wire is read from a capturing transport, not from our own URL building.
"""

from __future__ import annotations

import enum
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from reliability.bad_input import (
    VENDORS,
    Operation,
    _client,
    json_types,
    operations,
    plain_path_args,
)

ESCAPES = (".", "..", "%2e%2e", "/", "?", "#", "\r\n", "../x", "a/b", "x?y=1", "x#y", "%", "é/")
DOT_SEGMENTS = frozenset({".", ".."})


class Capture(httpx.BaseTransport):
    """Records each request and answers 404 (nothing here exists)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(404, json={"error": "not found"})


def _string_path_params(vendor: str) -> list[tuple[Operation, str]]:
    found = [
        (op, p.name)
        for op in operations(vendor)
        for p in op.params
        if p.location == "path" and "string" in (json_types(op.spec, p.schema) or ())
    ]
    assert found, f"{vendor}: no string path parameters found in its spec"
    return found


def _call(vendor: str, op: Operation, overrides: dict[str, Any]) -> tuple[Exception | None, Any]:
    wire = Capture()
    client = _client(vendor, wire)
    kwargs = plain_path_args(op)
    kwargs.update(overrides)
    if op.body_schema is not None:
        kwargs["body"] = op.model.from_dict(op.body)
    error: Exception | None = None
    try:
        with client:
            op.module.sync_detailed(client=client, **kwargs)
    except Exception as exc:
        error = exc
    return error, wire.requests


def _segments(op: Operation, request: httpx.Request) -> list[str]:
    raw, _, query = request.url.raw_path.decode("ascii").partition("?")
    declared = {p.name for p in op.params if p.location == "query"}
    spilled = set(httpx.QueryParams(query).keys()) - declared
    assert not spilled and "#" not in raw, request.url  # nothing spilled into query/fragment
    template = op.path.strip("/").split("/")
    sent = raw.strip("/").split("/")
    assert len(sent) == len(template), (op.path, raw)
    return sent


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_string_path_parameter_escapes_its_segment(vendor: str) -> None:
    package = __import__(f"{vendor}_client")
    tried = 0
    for op, name in _string_path_params(vendor):
        index = op.path.strip("/").split("/").index("{" + name + "}")
        for payload in ESCAPES:
            error, sent = _call(vendor, op, {name: payload})
            tried += 1
            label = f"{vendor} {op.operation_id} {name}={payload!r}"
            if payload in DOT_SEGMENTS:
                assert isinstance(error, package.errors.RequestValidationError), label
                assert error.field == name and sent == [], label
                continue
            if isinstance(error, package.errors.RequestValidationError):
                assert error.field == name and sent == [], label  # refused by its pattern
                continue
            assert len(sent) == 1, label  # sent once (a 404 is not retried)
            segments = _segments(op, sent[0])
            assert unquote(segments[index]) == payload, label
            assert segments[index] not in DOT_SEGMENTS, label
    print(f"\n{vendor}: {tried} escape attempts on string path parameters, none escaped")


def test_duel_dot_ids_never_reach_the_collection() -> None:
    """The reported bug: `get_order("..")` sent `GET /v1`, `update_order(".")` created an order."""
    ops = {op.operation_id: op for op in operations("duel")}
    for operation_id in ("get_order", "update_order"):
        for payload in (".", ".."):
            error, sent = _call("duel", ops[operation_id], {"order_id": payload})
            assert sent == [] and getattr(error, "field", None) == "order_id"


class Sneaky(str):
    def __str__(self) -> str:
        return ".."


class SneakyInt(int):
    def __str__(self) -> str:
        return "../1"


class Choice(str, enum.Enum):  # noqa: UP042 - the (str, Enum) users write
    A = "abc1"


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_value_checked_is_the_value_sent(vendor: str) -> None:
    op, name = _string_path_params(vendor)[0]
    index = op.path.strip("/").split("/").index("{" + name + "}")
    for value, expected in ((Sneaky("abc1"), "abc1"), (Choice.A, "abc1")):
        error, sent = _call(vendor, op, {name: value})
        assert len(sent) == 1, (vendor, value, error)
        assert unquote(_segments(op, sent[0])[index]) == expected


def test_an_int_subclass_goes_out_as_its_number() -> None:
    op = next(op for op in operations("duoplane") if op.operation_id == "get_order")
    error, sent = _call("duoplane", op, {"order_id": SneakyInt(42)})
    assert len(sent) == 1, error
    assert sent[0].url.raw_path.decode().endswith("/orders/42")


@pytest.mark.parametrize("value", ["1\n", "abc\n"])
def test_patterns_match_the_whole_string(value: str) -> None:
    """`$` in a spec pattern is the end of the string (JSON Schema's ECMA-262 regex), so a
    trailing newline is refused by the plain check and by jsonschema alike. No spec states a
    path pattern today (the audits removed the inferred ones), so the package's validator is
    given Duel's shipped spec with one added."""
    import copy

    import duel_client
    from duel_client._runtime.validation import SpecValidator, ecma_pattern, plain_check
    from duel_client._spec import spec

    assert ecma_pattern("^[a-z0-9]+$").search(value) is None
    check = plain_check({"type": "string", "pattern": "^[a-z0-9]+$"})
    assert check is not None and not check(value)
    document = copy.deepcopy(spec())
    op, name = _string_path_params("duel")[0]
    # An operation's own parameter overrides the path item's of the same name and place.
    document["paths"][op.path][op.method.lower()]["parameters"] = [
        {"name": name, "in": "path", "required": True,
         "schema": {"type": "string", "pattern": "^[a-z0-9]+$"}},
    ]  # fmt: skip
    validator = SpecValidator(document)
    validator.validate_parameters(op.operation_id, path={name: "abc1"}, query={})  # fits
    with pytest.raises(duel_client.errors.RequestValidationError) as caught:
        validator.validate_parameters(op.operation_id, path={name: "abc1" + value}, query={})
    assert caught.value.field == name and caught.value.rule == "pattern"
