"""Call a live vendor (or a sandbox, or a mock) through a generated client and diff each answer.

Requests go through the package's own `AuthenticatedClient` httpx client, so its rate limiter
paces them before the vendor has to answer 429, and its retry policy applies. Read-only unless
`allow_writes`: GETs run in order of fewest path parameters, and each list answer supplies the ids
the next level needs (`/orders` -> `/orders/{order_id}`), unless given as `params`.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import httpx

from ..runtime.inferred import stated_view
from ..vendors import get_vendor
from .differences import Difference, label_inferred, response_differences
from .schemas import SchemaView

_METHODS = ("get", "post", "put", "patch", "delete")
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
_ITEM_KEYS = ("data", "results", "items")


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    spec: Mapping[str, Any]

    @property
    def path_params(self) -> list[str]:
        return _PLACEHOLDER.findall(self.path)


@dataclass(slots=True)
class Outcome:
    """What one operation gave: the status (None when skipped), its differences, or why not."""

    operation: Operation
    status: int | None = None
    differences: list[Difference] = field(default_factory=list)
    skipped: str = ""


@dataclass(slots=True)
class Report:
    vendor: str
    base_url: str
    outcomes: list[Outcome] = field(default_factory=list)
    wire_statuses: Counter[int] = field(default_factory=Counter)  # every attempt, retries too

    @property
    def notes(self) -> list[Difference]:
        """What the spec allows but does not describe (fields of open objects)."""
        return [d for outcome in self.outcomes for d in outcome.differences if d.is_note]

    @property
    def differences(self) -> list[Difference]:
        """Every difference from the spec; any one fails the check."""
        found = [d for o in self.outcomes for d in o.differences if not d.is_note]
        if self.wire_statuses[429]:
            n = self.wire_statuses[429]
            found.append(Difference("*", "rate_limited", "status", f"{n} answers were 429"))
        return found


class CountingTransport(httpx.HTTPTransport):
    """The innermost transport, counting every status the vendor answered (429s above all)."""

    def __init__(self, statuses: Counter[int]) -> None:
        super().__init__()
        self.statuses = statuses

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.statuses[response.status_code] += 1
        return response


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation, reads by depth (fewest path parameters first), then writes."""
    found = [
        Operation(str(op.get("operationId", f"{method} {path}")), method, path, op)
        for path, item in (spec.get("paths") or {}).items()
        for method, op in item.items()
        if method in _METHODS and isinstance(op, Mapping)
    ]
    return sorted(found, key=lambda o: (o.method != "get", len(o.path_params), o.path))


def load_spec(package: str) -> dict[str, Any]:
    """The resolved spec a generated package ships (what its client was generated from)."""
    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _credentials(vendor: str, environ: Mapping[str, str]) -> dict[str, str]:
    prefix = vendor.upper()
    token = environ.get(f"{prefix}_TOKEN")
    username = environ.get(f"{prefix}_USERNAME")
    password = environ.get(f"{prefix}_PASSWORD")
    if token:
        return {"token": token}
    if username and password:
        return {"username": username, "password": password}
    raise ValueError(f"credentials: set {prefix}_TOKEN, or {prefix}_USERNAME and {prefix}_PASSWORD")


def _items(body: Any) -> list[Any]:
    if isinstance(body, list):
        return body
    if isinstance(body, Mapping):
        for key in _ITEM_KEYS:
            if isinstance(body.get(key), list):
                return list(body[key])
    return []


def _discover(
    operation: Operation, body: Any, reads: list[Operation], params: dict[str, str]
) -> None:
    """Take the first listed item's `id` for the parameter one path level down."""
    items = [item for item in _items(body) if isinstance(item, Mapping) and "id" in item]
    if not items:
        return
    for deeper in reads:
        rest = deeper.path[len(operation.path) :]
        if deeper.path.startswith(operation.path + "/") and _PLACEHOLDER.fullmatch(rest[1:]):
            name = _PLACEHOLDER.fullmatch(rest[1:]).group(1)  # type: ignore[union-attr]
            found = items[0]["id"]
            integral = isinstance(found, float) and found.is_integer()
            params.setdefault(name, str(int(found) if integral else found))


def _example_body(operation: Operation) -> tuple[bool, Any]:
    content = ((operation.spec.get("requestBody") or {}).get("content") or {}).get(
        "application/json"
    ) or {}
    if "example" in content:
        return True, content["example"]
    examples = content.get("examples") or {}
    for example in examples.values():
        if isinstance(example, Mapping) and "value" in example:
            return True, example["value"]
    return "requestBody" not in operation.spec, None


def probe(
    vendor: str,
    base_url: str,
    *,
    environ: Mapping[str, str],
    params: Mapping[str, str] | None = None,
    allow_writes: bool = False,
    time_scale: float = 1.0,
) -> Report:
    """Call every read (and, with `allow_writes`, every write with an example body) once."""
    package_name = get_vendor(vendor).package_name
    package: Any = importlib.import_module(package_name)
    spec = load_spec(package_name)
    view = SchemaView(spec)
    stated_spec = stated_view(spec)
    stated = SchemaView(stated_spec)
    stated_ops = {o.operation_id: o.spec for o in operations(stated_spec)}
    report = Report(vendor, base_url)
    known = dict(params or {})
    client = package.AuthenticatedClient(
        base_url,
        time_scale=time_scale,
        transport=CountingTransport(report.wire_statuses),
        **_credentials(vendor, environ),
    )
    everything = operations(spec)
    reads = [o for o in everything if o.method == "get"]
    with client:
        http: httpx.Client = client.get_httpx_client()
        for operation in everything:
            outcome = Outcome(operation)
            report.outcomes.append(outcome)
            if operation.method != "get" and not allow_writes:
                outcome.skipped = "a write (pass --allow-writes)"
                continue
            missing = [name for name in operation.path_params if name not in known]
            if missing:
                outcome.skipped = "needs " + ", ".join(f"--param {n}=VALUE" for n in missing)
                continue
            has_body, body = _example_body(operation)
            if not has_body:
                outcome.skipped = "no example request body in the spec"
                continue
            path = _PLACEHOLDER.sub(lambda m: str(known[m.group(1)]), operation.path)
            kwargs: dict[str, Any] = {} if body is None else {"json": body}
            response = http.request(operation.method.upper(), path, **kwargs)
            parsed = _json(response)
            outcome.status = response.status_code
            answer = (response.status_code, response.headers, parsed)
            outcome.differences = label_inferred(
                response_differences(view, operation.spec, *answer),
                response_differences(stated, stated_ops[operation.operation_id], *answer),
            )
            if operation.method == "get" and 200 <= response.status_code < 300:
                _discover(operation, parsed, reads, known)
    return report


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None
