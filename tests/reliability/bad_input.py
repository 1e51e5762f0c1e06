"""Bad input for every operation of every vendor: the client refuses it, the mock answers 4xx.

The cases come from the resolved spec each package ships, so a new operation, field or constraint
is covered without editing this file. Request bodies start from the spec's example, with absent
nested objects filled in by a minimal valid value so every field is reached; then each field is
broken once per rule its schema states (wrong JSON type, outside the enum, minLength / maxLength /
pattern / format, minimum / maximum, minItems, a required field left out, an unknown field where
additionalProperties is false), and so is each path and query parameter.

Each case runs on up to three routes against one in-process mock per vendor:
- client/from_dict: the bad JSON through `Model.from_dict`, then the operation's `sync_detailed`;
- client/typed: a valid model with the bad value assigned to its attribute (or the constructor
  called without the required field / with the unknown one); for a parameter, the bad argument;
- mock/raw: the same request sent with plain httpx, bypassing the client.
The client must raise before anything reaches the mock, naming the field and the rule; the mock
must answer 4xx naming `<location>.<field>` and `(rule: ...)`; the mock's store must not change.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import inspect
import json
import pkgutil
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from types import ModuleType
from typing import Any
from urllib.parse import quote

import attrs
import duda_client
import duel_client
import duoplane_client
import httpx
from clientgen.runtime.inferred import stated_view
from clientgen.runtime.refs import resolve
from clientgen.testing import TENANTS, MockConfig, create_app, demo_credential

VENDORS = ("duel", "duoplane", "duda")
PACKAGES: dict[str, ModuleType] = {
    "duel": duel_client,
    "duoplane": duoplane_client,
    "duda": duda_client,
}
FROM_DICT, TYPED, RAW = "client/from_dict", "client/typed", "mock/raw"
ROUTES = (FROM_DICT, TYPED, RAW)
UNKNOWN_FIELD = "unexpected_field"
LOOPBACK = "http://127.0.0.1"  # only a base URL: the mock is served in-process
_METHODS = ("get", "put", "post", "patch", "delete")
MISSING: Any = object()  # the "value" of a case that leaves a field out

# Values that break a stated format, and that satisfy it for filling in a valid body. A format
# missing here is an error, not a silently skipped rule.
_BAD_FORMAT: dict[str, Any] = {
    "date-time": "not-a-date",
    "date": "not-a-date",
    "email": "not-an-email",
    "uri": "not a uri",
}
_GOOD_FORMAT = {
    "date-time": "2026-01-02T03:04:05Z",
    "date": "2026-01-02",
    "email": "ada@example.com",
    "uri": "https://example.com/x",
}
_INTEGER_CEILINGS = {"int32": 2**31 - 1, "int64": 2**63 - 1}
_WRONG_TYPE_BODY: tuple[Any, ...] = (12, "12", True, [], {})
_WRONG_TYPE_PARAM = ("not-a-number", "maybe")  # what a URL can carry that is not a number/bool
_PATTERN_BREAKERS = ("bad value!", "?", "é")
_CONSTRUCTOR_WORDS = {"required": "required", "additionalProperties": "unexpected keyword"}

Spec = Mapping[str, Any]
Parts = tuple[str | int, ...]
Break = tuple[str, Any, frozenset[str]]  # rule, bad value, rule names an error may report


# --- the spec -------------------------------------------------------------------------------


def flatten(spec: Spec, node: Any) -> dict[str, Any]:
    """One schema with `$ref`s followed and `allOf` merged (properties, required, closedness)."""
    schema = dict(resolve(spec, node) or {})
    for part in [flatten(spec, p) for p in schema.pop("allOf", [])]:
        for key, value in part.items():
            if key == "properties":
                schema["properties"] = {**schema.get("properties", {}), **value}
            elif key == "required":
                schema["required"] = sorted({*schema.get("required", []), *value})
            elif key == "additionalProperties" and value is False:
                schema[key] = False
            else:
                schema.setdefault(key, value)
    return schema


def json_types(spec: Spec, schema: Mapping[str, Any]) -> set[str] | None:
    """The JSON types a schema admits; None when it does not restrict the type."""
    declared = schema.get("type")
    if declared is not None:
        return set(declared) if isinstance(declared, list) else {str(declared)}
    if "enum" in schema:
        return {_json_type(v) for v in schema["enum"]}
    found: set[str] = set()
    for branch in schema.get("anyOf") or schema.get("oneOf") or [None]:
        types = None if branch is None else json_types(spec, flatten(spec, branch))
        if types is None:
            return None
        found |= types
    return found


def _json_type(value: Any) -> str:
    kinds = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))
    for kind, name in (*kinds, (list, "array"), (dict, "object")):
        if isinstance(value, kind):
            return name
    return "null"


def _admits(types: set[str], value: Any) -> bool:
    kind = _json_type(value)
    return kind in types or (kind == "integer" and "number" in types)


def sample(spec: Spec, node: Any, depth: int = 0) -> Any:
    """A minimal valid value of a schema: required properties only, one array item."""
    schema = flatten(spec, node)
    if depth > 10:
        raise ValueError("schema nests too deeply to sample")
    if "enum" in schema:
        return schema["enum"][0]
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches and "type" not in schema:
        return sample(spec, branches[0], depth + 1)
    types = json_types(spec, schema) or {"object"}
    if "object" in types:
        props = schema.get("properties", {})
        return {name: sample(spec, props[name], depth + 1) for name in schema.get("required", [])}
    if "array" in types:
        item = sample(spec, schema.get("items", {}), depth + 1)
        return [item] * max(1, schema.get("minItems", 0))
    if "string" in types:
        text = _GOOD_FORMAT.get(str(schema.get("format")), "x" * max(1, schema.get("minLength", 0)))
        if "pattern" in schema and not re.search(schema["pattern"], text):
            raise ValueError(f"cannot sample a string matching {schema['pattern']!r}")
        return text
    if types & {"integer", "number"}:
        return max(1, schema.get("minimum", 1))
    return True if "boolean" in types else None


def _structured(spec: Spec, node: Any) -> bool:
    """Whether a schema has fields of its own to break (an object, or an array of them)."""
    schema = flatten(spec, node)
    if schema.get("properties"):
        return True
    return json_types(spec, schema) == {"array"} and _structured(spec, schema.get("items", {}))


def enrich(spec: Spec, node: Any, value: Any) -> Any:
    """`value` with every absent nested object (or array of them) filled in, so each is reached."""
    schema = flatten(spec, node)
    if isinstance(value, dict):
        out = dict(value)
        for name, prop in schema.get("properties", {}).items():
            if name in out:
                out[name] = enrich(spec, prop, out[name])
            elif _structured(spec, prop):
                out[name] = enrich(spec, prop, sample(spec, prop))
        return out
    if isinstance(value, list) and "items" in schema:
        return [enrich(spec, schema["items"], item) for item in value]
    return value


# --- operations and their bad inputs --------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path" or "query"
    schema: dict[str, Any]
    required: bool


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of the resolved spec, joined to its generated endpoint module."""

    vendor: str
    operation_id: str
    method: str
    path: str
    params: tuple[Param, ...]
    body_schema: Any  # None when there is no JSON request body
    body: Any  # the valid (enriched) body every case starts from
    module: Any
    spec: Spec

    @property
    def model(self) -> Any:
        """The body's model class, read from the endpoint's own signature."""
        return inspect.signature(self.module.sync_detailed).parameters["body"].annotation


@dataclass(frozen=True, eq=False)
class Case:
    """One bad input: the field at `parts` (within `location`) breaks `rule` with `value`."""

    operation: Operation
    location: str  # "body", "path" or "query"
    parts: Parts  # the field's path within the body, or (parameter name,)
    rule: str
    value: Any  # MISSING to leave the field out
    rules: frozenset[str]  # the rule names an error may report for it

    @property
    def field(self) -> str:
        return dotted(self.parts)

    def label(self) -> str:
        value = "<left out>" if self.value is MISSING else json.dumps(self.value)
        op = self.operation
        return f"{op.vendor} {op.operation_id} {self.location}.{self.field} {self.rule} {value}"


def dotted(parts: Parts) -> str:
    """`("items", 0, "id")` -> `items[0].id`, as both the client and the mock spell it."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def operations(vendor: str) -> list[Operation]:
    """Every operation of the vendor's shipped spec, each with its generated endpoint module;
    an operation without a module, or a module without an operation, is an error."""
    package = PACKAGES[vendor]
    # The stated view: an inferred constraint is not refused (only warned about), so bad input is
    # what breaks a constraint a vendor document states.
    spec: Spec = stated_view(importlib.import_module(f"{package.__name__}._spec").spec())
    modules = _endpoint_modules(package)
    found: list[Operation] = []
    for path, item in spec["paths"].items():
        for method in (m for m in _METHODS if m in item):
            op = item[method]
            params: dict[tuple[str, str], Param] = {}
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                p = resolve(spec, raw)
                schema = flatten(spec, p["schema"])
                params[p["name"], p["in"]] = Param(
                    p["name"], p["in"], schema, p.get("required", False)
                )
            body_schema = body = None
            request = resolve(spec, op.get("requestBody"))
            if request is not None:
                media = request["content"]["application/json"]
                body_schema = media["schema"]
                body = enrich(spec, body_schema, media.get("example", sample(spec, body_schema)))
            operation_id = op["operationId"]
            if operation_id not in modules:
                raise AssertionError(f"{vendor}: no generated module for {operation_id}")
            module = modules.pop(operation_id)
            found.append(
                Operation(
                    vendor=vendor,
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    params=tuple(params.values()),
                    body_schema=body_schema,
                    body=body,
                    module=module,
                    spec=spec,
                )
            )
    if modules:
        raise AssertionError(f"{vendor}: generated modules not in the spec: {sorted(modules)}")
    return found


def _endpoint_modules(package: ModuleType) -> dict[str, Any]:
    """operationId -> the generated endpoint module (each declares OPERATION_ID)."""
    api = importlib.import_module(f"{package.__name__}.api")
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION_ID"):
            found[module.OPERATION_ID] = module
    return found


def plain_path_args(op: Operation) -> dict[str, Any]:
    """A well-formed value for each path parameter (7 for an integer, "abc1" for a string), for
    tests that only need the request built, not an object that exists."""
    return {
        p.name: 7 if p.schema.get("type") == "integer" else "abc1"
        for p in op.params
        if p.location == "path"
    }


def cases(op: Operation) -> list[Case]:
    """Every bad input the spec lets us derive for one operation (none: it has no inputs)."""
    found = [
        Case(op, param.location, (param.name,), rule, value, rules)
        for param in op.params
        for rule, value, rules in _param_breaks(op.spec, param)
    ]
    if op.body_schema is not None:
        for parts, rule, value, rules in _body_breaks(op.spec, op.body_schema, op.body):
            found.append(Case(op, "body", parts, rule, value, rules))
    return found


def _value_breaks(spec: Spec, schema: dict[str, Any], wrong: Any) -> Iterator[Break]:
    """The constraints of one value's own schema, each broken: type, enum, string, number."""
    types = json_types(spec, schema) or set()
    if wrong is not MISSING:
        # `wrong` fits none of the schema's types, so "type" is true of a union as well (Duel's
        # `date` is a string either way: date or date-time).
        either = "anyOf" in schema or "oneOf" in schema
        yield "type", wrong, frozenset({"anyOf", "oneOf", "type"} if either else {"type"})
    if "enum" in schema:
        outside = "NOT_" + str(schema["enum"][0])
        assert outside not in schema["enum"]
        yield "enum", outside, frozenset({"enum"})
    elif "string" in types:
        yield from _string_breaks(schema)
    if types & {"integer", "number"}:
        yield from _number_breaks(schema)


def _string_breaks(schema: Mapping[str, Any]) -> Iterator[Break]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if low > 0:
        yield "minLength", "x" * (low - 1), frozenset({"minLength"})
    if high is not None:
        yield "maxLength", "x" * (high + 1), frozenset({"maxLength"})
    if "pattern" in schema:
        fitting = [t for t in _PATTERN_BREAKERS if low <= len(t) <= (high or len(t))]
        text = next((t for t in fitting if not re.search(schema["pattern"], t)), None)
        if text is None:
            raise ValueError(f"no string breaking pattern {schema['pattern']!r}")
        yield "pattern", text, frozenset({"pattern"})
    if "format" in schema:
        if schema["format"] not in _BAD_FORMAT:
            raise ValueError(f"no known value breaking format {schema['format']!r}")
        yield "format", _BAD_FORMAT[schema["format"]], frozenset({"format"})


def _number_breaks(schema: Mapping[str, Any]) -> Iterator[Break]:
    for rule, step in (("minimum", -1), ("exclusiveMinimum", 0)):
        if rule in schema:
            yield rule, schema[rule] + step, frozenset({rule})
    ceiling = _INTEGER_CEILINGS.get(str(schema.get("format")))
    for rule, step in (("maximum", 1), ("exclusiveMaximum", 0)):
        if rule in schema:
            value = schema[rule] + step
            # Past the format's ceiling too: either rule truthfully names what is broken.
            both = ceiling is not None and value > ceiling
            yield rule, value, frozenset({rule, "format"} if both else {rule})
    if ceiling is not None and schema.get("maximum", ceiling + 1) > ceiling:
        yield "format", ceiling + 1, frozenset({"format"})


def _param_breaks(spec: Spec, param: Param) -> Iterator[Break]:
    """A parameter's breaks; a wrong type only where a URL can carry one (not for strings)."""
    types = json_types(spec, param.schema) or {"string"}
    wrong = next((t for t in _WRONG_TYPE_PARAM if not _parses(types, t)), MISSING)
    if param.required and param.location == "query":
        yield "required", MISSING, frozenset({"required"})
    for rule, value, rules in _value_breaks(spec, param.schema, wrong):
        if value == "" and param.location == "query":
            rules |= {"allowEmptyValue"}  # OpenAPI refuses an empty query value before its schema
        yield rule, value, rules


def _parses(types: set[str], text: str) -> bool:
    """Whether a URL string is a valid value for a parameter of these types."""
    if "string" in types or ("boolean" in types and text in ("true", "false")):
        return True
    try:
        float(text)
    except ValueError:
        return False
    return bool(types & {"integer", "number"})


def _body_breaks(
    spec: Spec, node: Any, value: Any, parts: Parts = ()
) -> Iterator[tuple[Parts, str, Any, frozenset[str]]]:
    """Every field under `value` (valid under `node`) broken once per rule its schema states."""
    schema = flatten(spec, node)
    if parts:
        types = json_types(spec, schema)
        wrong = MISSING
        if types is not None:
            wrong = next(v for v in _WRONG_TYPE_BODY if not _admits(types, v))
        for rule, bad, rules in _value_breaks(spec, schema, wrong):
            yield parts, rule, bad, rules
    if isinstance(value, list):
        if schema.get("minItems", 0) > 0:
            yield parts, "minItems", value[: schema["minItems"] - 1], frozenset({"minItems"})
        if "maxItems" in schema and value:
            yield parts, "maxItems", value[:1] * (schema["maxItems"] + 1), frozenset({"maxItems"})
        if value and "items" in schema:
            yield from _body_breaks(spec, schema["items"], value[0], (*parts, 0))
    if not isinstance(value, dict):
        return
    for name in schema.get("required", []):
        yield (*parts, name), "required", MISSING, frozenset({"required"})
    if schema.get("additionalProperties") is False:
        rules = frozenset({"additionalProperties", "unevaluatedProperties"})
        yield (*parts, UNKNOWN_FIELD), "additionalProperties", 1, rules
    for name, prop in schema.get("properties", {}).items():
        yield from _body_breaks(spec, prop, value.get(name), (*parts, name))


def broken(body: Any, case: Case) -> Any:
    """A copy of `body` with the case's field set to its bad value (or left out)."""
    out = copy.deepcopy(body)
    parent: Any = out
    for part in case.parts[:-1]:
        parent = parent[part]
    if case.value is MISSING:
        del parent[case.parts[-1]]
    else:
        parent[case.parts[-1]] = copy.deepcopy(case.value)
    return out


# --- outcomes and the tally -----------------------------------------------------------------


@dataclass
class Outcome:
    """What one case did on one route."""

    case: Case
    route: str
    rejected: bool  # the client raised before sending / the mock answered 4xx
    named_field: bool  # the error names the field (dotted path) and the rule broken
    sent: int  # requests that reached the mock
    error: str  # the exception's type, the HTTP status, or "accepted"
    detail: str  # the error's message, clipped
    state_unchanged: bool = True

    @property
    def ok(self) -> bool:
        quiet = self.route == RAW or self.sent == 0
        return self.rejected and self.named_field and self.state_unchanged and quiet

    def line(self) -> str:
        return f"{self.route:<16} {self.case.label()}: {self.error}: {self.detail}"


@dataclass
class Tally:
    """Per vendor and route: inputs tried, rejected, naming the field, state unchanged, sent."""

    vendor: str
    route: str
    tried: int = 0
    rejected: int = 0
    named_field: int = 0
    state_unchanged: int = 0
    sent_by_client: int = 0  # requests that reached the mock on a client route

    def add(self, outcome: Outcome) -> None:
        self.tried += 1
        self.rejected += outcome.rejected
        self.named_field += outcome.named_field
        self.state_unchanged += outcome.state_unchanged
        self.sent_by_client += outcome.sent if self.route != RAW else 0

    def line(self) -> str:
        sent = "-" if self.route == RAW else str(self.sent_by_client)
        return (
            f"{self.vendor:<9} {self.route:<16} tried={self.tried:<4} rejected={self.rejected:<4} "
            f"named_field={self.named_field:<4} state_unchanged={self.state_unchanged:<4} "
            f"sent_by_client={sent}"
        )


@dataclass
class Report:
    """One run: the tallies to print and every outcome to assert on."""

    tallies: list[Tally] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    operations: dict[str, list[str]] = field(default_factory=dict)  # vendor -> operationIds
    no_inputs: dict[str, list[str]] = field(default_factory=dict)  # nothing there can be invalid
    baselines_refused: list[str] = field(default_factory=list)  # valid inputs the mock refused
    seconds: float = 0.0

    def table(self) -> str:
        lines = [t.line() for t in self.tallies]
        for vendor, names in self.operations.items():
            empty = ", ".join(self.no_inputs[vendor]) or "none"
            lines.append(f"{vendor:<9} {len(names)} operations; no inputs: {empty}")
        return "\n".join([*lines, f"({self.seconds:.1f}s)"])

    def failures(self, *routes: str) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok and o.route in (routes or ROUTES)]


def gap_class(outcome: Outcome) -> str:
    """How a failing outcome failed, by mechanism rather than by field or exception type: the
    route, body or parameter, then `sent` (it reached the mock) or the rule it was refused
    for without naming the field (a failing outcome that was not sent was refused: nothing
    changed without a request)."""
    where = "body" if outcome.case.location == "body" else "parameter"
    if outcome.sent:
        return f"{outcome.route} {where}: sent"
    return f"{outcome.route} {where} {outcome.case.rule}: refused unnamed"


# --- running --------------------------------------------------------------------------------


class MockTransport(httpx.BaseTransport):
    """The mock app served in-process on its own event loop, counting every request it gets.

    In-process because a loopback socket costs ~40 ms a request here (delayed ACKs); the count
    is the proof that a refused request never left the client.
    """

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app, raise_app_exceptions=False)  # a crash is a 500
        self.loop = asyncio.new_event_loop()
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1

        async def exchange() -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return self.loop.run_until_complete(exchange())

    def close(self) -> None:
        self.loop.close()


def _client(vendor: str, transport: httpx.BaseTransport) -> Any:
    """The generated client with the mock's first demo credential and no rate limiter."""
    credential = demo_credential(vendor, 0)
    secret = (
        {"token": credential.token}
        if credential.scheme == "bearer"
        else {"username": credential.username, "password": credential.password}
    )
    return PACKAGES[vendor].AuthenticatedClient(
        LOOPBACK, **secret, transport=transport, enable_rate_limit=False, timeout=5.0
    )


def path_values(vendor: str, seeded: Mapping[str, str]) -> dict[str, Any]:
    """A valid value for each path parameter: tenant 0's site and its first seeded objects.

    Refunds, fulfillments and Duel orders are not seeded; a well-formed unknown id will do, as
    the mock checks the schema before it looks anything up.
    """
    order: Any = seeded.get("orders", "ord-1001")
    return {
        "site_name": TENANTS[vendor][0],
        "member_id": seeded.get("members", "m1"),
        "order_id": int(order) if vendor == "duoplane" else order,
        "product_id": seeded.get("products", "p1"),
        "refund_id": "r1",
        "fulfillment_id": "f1",
    }


class Runner:
    """Runs the cases of one vendor against one in-process mock."""

    def __init__(self, vendor: str) -> None:
        self.app: Any = create_app(vendor, config=MockConfig(rate_limit=False))
        self.mock = self.app.state.mock
        self.wire = MockTransport(self.app)
        self.client = _client(vendor, self.wire)
        headers = demo_credential(vendor, 0).headers
        self.raw = httpx.Client(base_url=LOOPBACK, headers=headers, transport=self.wire)
        tenant = self.mock.store.snapshot()[TENANTS[vendor][0]]
        self.paths = path_values(vendor, {name: next(iter(ids)) for name, ids in tenant.items()})

    def close(self) -> None:
        self.raw.close()
        self.client.get_httpx_client().close()
        self.wire.close()

    def run(self, case: Case) -> list[Outcome]:
        """The case on each route that applies (a parameter has no from_dict route)."""
        client_routes = (FROM_DICT, TYPED) if case.location == "body" else (TYPED,)
        found = [self._guarded(partial(self._through_client, case, r)) for r in client_routes]
        return [*found, self._guarded(partial(self._raw, case))]

    def _guarded(self, attempt: Callable[[], Outcome]) -> Outcome:
        """Run one attempt, note whether the store changed, and restore it if it did."""
        before = self.mock.store.snapshot()
        outcome = attempt()
        outcome.state_unchanged = self.mock.store.snapshot() == before
        if not outcome.state_unchanged:
            self.mock.reset()
        return outcome

    def _path_args(self, op: Operation) -> dict[str, Any]:
        return {p.name: self.paths[p.name] for p in op.params if p.location == "path"}

    def _through_client(self, case: Case, route: str) -> Outcome:
        op = case.operation
        kwargs = self._path_args(op)
        if case.location != "body":
            kwargs[case.field] = case.value
            if case.value is MISSING:
                del kwargs[case.field]
        before = self.wire.sent
        stage = "build"
        try:
            if op.body_schema is not None:
                kwargs["body"] = _model(case, route)
            stage = "call"
            op.module.sync_detailed(client=self.client, **kwargs)
        except Exception as exc:
            sent = self.wire.sent - before
            named = sent == 0 and _names(case, exc, stage)
            return Outcome(case, route, sent == 0, named, sent, type(exc).__name__, _clip(exc))
        return Outcome(case, route, False, False, self.wire.sent - before, "accepted", "sent")

    def _request(self, op: Operation, case: Case | None = None) -> httpx.Response:
        """The operation's request sent raw, with the case's bad value when one is given."""
        path_args = self._path_args(op)
        query: dict[str, Any] = {}
        body = op.body
        if case is not None and case.location == "path":
            path_args[case.field] = case.value
        elif case is not None and case.location == "query" and case.value is not MISSING:
            query[case.field] = case.value
        elif case is not None and case.location == "body":
            body = broken(op.body, case)
        url = op.path.format(**{k: quote(str(v), safe="") for k, v in path_args.items()})
        if op.body_schema is None:
            return self.raw.request(op.method, url, params=query)
        content = json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        return self.raw.request(op.method, url, params=query, content=content, headers=headers)

    def _raw(self, case: Case) -> Outcome:
        response = self._request(case.operation, case)
        text = response.text
        rejected = 400 <= response.status_code < 500
        named = _mock_names(case, text)
        return Outcome(case, RAW, rejected, named, 1, f"HTTP {response.status_code}", _clip(text))

    def baseline_passes(self, op: Operation) -> bool:
        """The valid input the cases start from passes the mock's checks (no 400/422), so each
        case's rejection is down to its one bad value."""
        status = self._request(op).status_code
        self.mock.reset()
        return status not in (400, 422)


def _model(case: Case, route: str) -> Any:
    """The request body as a user would build it on this route."""
    op = case.operation
    if case.location == "body" and route == FROM_DICT:
        return op.model.from_dict(broken(op.body, case))
    model = op.model.from_dict(copy.deepcopy(op.body))
    if case.location == "body":
        _assign(model, case)
    return model


def _assign(model: Any, case: Case) -> None:
    """Apply the case to a valid model as a Python user would: assign the attribute, or call
    the constructor without the required field / with the unknown one (which raises)."""
    parent: Any = model
    for part in case.parts[:-1]:
        parent = parent[part] if isinstance(part, int) else getattr(parent, _attr(parent, part))
    last = case.parts[-1]
    if isinstance(last, int) or not attrs.has(type(parent)):
        parent[last] = case.value
    elif case.value is MISSING or case.rule == "additionalProperties":
        fields = {f.name: getattr(parent, f.name) for f in attrs.fields(type(parent)) if f.init}
        if case.value is MISSING:
            del fields[_attr(parent, last)]
        else:
            fields[last] = case.value
        type(parent)(**fields)
    else:
        setattr(parent, _attr(parent, last), case.value)


def _attr(model: Any, name: str) -> str:
    """The attribute of a generated model that holds JSON property `name`."""
    names = {f.name for f in attrs.fields(type(model))}
    for candidate in (name, name + "_"):
        if candidate in names:
            return candidate
    raise LookupError(f"{type(model).__name__} has no attribute for {name!r}")


def _names(case: Case, exc: Exception, stage: str) -> bool:
    """Whether the error names the field (dotted path) and the rule broken.

    Only errors that say so count: the client's own (`.field`, `.rule`), and the TypeError of
    the user's constructor call, which names the argument missing or unexpected. A message that
    merely contains the name (`Invalid isoformat string: 'not-a-date'` contains `date`) does not.
    """
    text = str(exc)
    rule = getattr(exc, "rule", None)
    if rule is not None:
        return (
            getattr(exc, "field", None) == case.field and rule in case.rules and case.field in text
        )
    if stage == "build" and isinstance(exc, TypeError) and case.rule in _CONSTRUCTOR_WORDS:
        return f"'{case.parts[-1]}'" in text and _CONSTRUCTOR_WORDS[case.rule] in text
    return False


def _mock_names(case: Case, text: str) -> bool:
    """Whether the mock's message has the problem `<location>.<field>: ... (rule: <rule>)`, the
    rule being the one that closes this field's problem (not another field's)."""
    rules = "|".join(re.escape(rule) for rule in case.rules)
    field = r"(?<![\w.\]])" + re.escape(f"{case.location}.{case.field}:")
    problem = field + r"(?:(?!\(rule: ).)*\(rule: (?:"
    return re.search(problem + rules + r")\)", text) is not None


def _clip(value: object, limit: int = 240) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run(vendors: tuple[str, ...] = VENDORS) -> Report:
    """Every case of every operation of `vendors`, on every route that applies."""
    started = time.monotonic()
    report = Report()
    for vendor in vendors:
        tallies = {route: Tally(vendor, route) for route in ROUTES}
        report.operations[vendor], report.no_inputs[vendor] = [], []
        runner = Runner(vendor)
        try:
            for op in operations(vendor):
                report.operations[vendor].append(op.operation_id)
                found = cases(op)
                if not found:
                    report.no_inputs[vendor].append(op.operation_id)
                    continue
                if not runner.baseline_passes(op):
                    report.baselines_refused.append(f"{vendor} {op.operation_id}")
                for case in found:
                    for outcome in runner.run(case):
                        tallies[outcome.route].add(outcome)
                        report.outcomes.append(outcome)
        finally:
            runner.close()
        report.tallies.extend(tallies.values())
    report.seconds = time.monotonic() - started
    return report
