"""The spec-driven ASGI app: route -> authenticate -> faults -> rate limit -> validate -> handle.

One `MockApp` per vendor does everything in a fixed order so that every outcome has the status the
spec declares: unknown path 404, undeclared method 405 with `Allow`, missing or wrong credentials
401, bad input 400/422 (whichever the operation declares), injected faults and rate limits as the
vendor would answer them. `/openapi.json` is served by a plain route outside it.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request, cookie_parser
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from werkzeug.datastructures import ImmutableMultiDict

from .._runtime.inferred import stated_view
from .._runtime.refs import resolve
from ._vendors import VENDORS
from .auth import Authenticator, AuthError, Principal, Scheme, schemes_from_spec
from .base import Conflict, Ctx, Invalid, NotFound, Reply, VendorMock
from .clock import Clock, MonotonicClock, TimeScale
from .config import MockConfig
from .faults import FAULT_HEADER, DropConnection, FaultInjector, FaultPlan, parse_fault_header
from .quirks import QuirkApplier, Wire
from .ratelimit import Decision, Limiter, Unlimited
from .spec import load_spec
from .store import Store
from .validation import Problem, RawRequest, RouteMiss, SpecValidator
from .validation import Route as SpecRoute

log = logging.getLogger("mocks")

MAX_BODY_BYTES = 4 * 1024 * 1024
_DROP_KEY = "mocks.drop"


@dataclass(slots=True)
class _DropSignal:
    when: str = ""


@dataclass(slots=True)
class MockState:
    """Everything a test may inspect or reset: `app.state.mock`."""

    vendor: VendorMock
    config: MockConfig
    spec: dict[str, Any]
    validator: SpecValidator
    clock: Clock
    scale: TimeScale
    store: Store
    limiter: Limiter
    faults: FaultInjector
    authenticator: Authenticator
    schemes: dict[str, Scheme]
    quirks: QuirkApplier
    served: int = 0
    dropped: list[str] = field(default_factory=list)
    injected: Counter[str] = field(default_factory=Counter)  # faults by kind, for the soak's report

    def reset(self) -> None:
        """Back to the freshly created state: demo data, empty buckets, fault RNG re-seeded."""
        self.store.reset()
        self.limiter.reset()
        self.faults.reset()
        self.quirks.reset()
        self.served = 0
        self.dropped.clear()
        self.injected.clear()


def _declared_statuses(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> set[str]:
    return {str(code) for code in (operation.get("responses") or {})}


def _accepted_schemes(
    spec: Mapping[str, Any], operation: Mapping[str, Any], schemes: Mapping[str, Scheme]
) -> set[Scheme] | None:
    """The HTTP schemes that satisfy the operation; None when it is public."""
    requirements = operation.get("security", spec.get("security"))
    if requirements is None:  # a raw spec before the auth overlay: any declared scheme
        return set(schemes.values())
    accepted: set[Scheme] = set()
    for requirement in requirements:
        if not requirement:
            return None  # `{}` makes auth optional
        for name in requirement:
            if name in schemes:
                accepted.add(schemes[name])
    return accepted


def _cast(schema: Mapping[str, Any], value: str) -> Any:
    kinds = schema.get("type", "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "integer" in kinds:
        return int(value)
    if "number" in kinds:
        return float(value)
    if "boolean" in kinds:
        return value.lower() == "true"
    return value


def _typed_query(spec: Mapping[str, Any], route: SpecRoute, query: QueryParams) -> dict[str, Any]:
    """Query parameters cast by their (already validated) schema, with schema defaults."""
    item = (spec.get("paths") or {}).get(route.path_pattern, {})
    params: dict[str, Any] = {}
    declared = list(route.operation.get("parameters") or []) + list(item.get("parameters") or [])
    for raw_param in declared:
        param = resolve(spec, raw_param)
        if param.get("in") != "query":
            continue
        name = str(param["name"])
        if name in params:
            continue
        schema = resolve(spec, param.get("schema") or {})
        if name in query:
            if schema.get("type") == "array":
                item_schema = resolve(spec, schema.get("items") or {})
                params[name] = [_cast(item_schema, v) for v in query.getlist(name)]
            else:
                # The first of repeated values: the one openapi-core validated (QueryParams'
                # `query[name]` would be the last, unchecked).
                params[name] = _cast(schema, query.getlist(name)[0])
        elif "default" in schema:
            params[name] = schema["default"]
    return params


def undeclared_query(spec: Mapping[str, Any], route: SpecRoute, query: QueryParams) -> list[Problem]:
    """A query parameter the operation does not declare is bad input, named, never ignored."""
    item = (spec.get("paths") or {}).get(route.path_pattern, {})
    declared = list(route.operation.get("parameters") or []) + list(item.get("parameters") or [])
    names = {str(resolve(spec, p).get("name")) for p in declared if resolve(spec, p).get("in") == "query"}
    return [
        Problem("query", name, "additionalProperties", "is not a parameter of this operation")
        for name in sorted(set(query.keys()) - names)
    ]


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body; None if the client went away or it exceeds the cap."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return b"\x00" * (MAX_BODY_BYTES + 1)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class MockApp:
    """The validated part of the mock (everything except /openapi.json)."""

    def __init__(self, state: MockState) -> None:
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        state = self.state
        state.served += 1
        signal: _DropSignal | None = scope.get(_DROP_KEY)
        headers = Headers(scope=scope)
        raw_path = self.raw_path(scope)
        method = str(scope["method"]).upper()
        reply, decision = await self._handle(scope, receive, headers, raw_path, method)
        if isinstance(reply, str):  # a drop
            state.dropped.append(reply)
            if signal is None:
                raise DropConnection(reply)
            signal.when = reply
            return
        response = self._finish(reply, decision, method, raw_path)
        await response(scope, receive, send)

    @staticmethod
    def raw_path(scope: Scope) -> str:
        """The request's percent-encoded path, as sent, below the root path."""
        raw = scope.get("raw_path")
        path = raw.decode("latin-1") if isinstance(raw, bytes) else quote(str(scope["path"]))
        root = str(scope.get("root_path") or "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        return path.split("?", 1)[0] or "/"

    def _plan(self, headers: Headers) -> FaultPlan | Problem:
        state = self.state
        plan = state.faults.plan()
        header = headers.get(FAULT_HEADER)
        if state.config.allow_fault_header and header:
            try:
                return parse_fault_header(header)
            except ValueError as exc:
                return Problem("header", FAULT_HEADER, "enum", str(exc))
        return plan

    def _bad_input(self, operation: Mapping[str, Any], problems: list[Problem]) -> Reply:
        declared = _declared_statuses(self.state.spec, operation)
        malformed = any(p.malformed for p in problems)
        in_body = all(p.location == "body" for p in problems)
        # 400 for what cannot be parsed and for parameters, 422 for a parsed body that breaks a
        # rule, whichever of the two the operation declares; a bad path id is simply not found.
        order = ["422", "400"] if in_body and not malformed else ["400", "422"]
        if all(p.location == "path" for p in problems):
            order.append("404")
        status = next((int(s) for s in order if s in declared), 400)
        message = "; ".join(p.describe() for p in problems) or "invalid request"
        code = "InvalidRequest" if malformed else "ValidationFailed"
        return self.state.vendor.error(status, code, message, self.state.scale)

    async def _handle(
        self, scope: Scope, receive: Receive, headers: Headers, raw_path: str, method: str
    ) -> tuple[Reply | str, Decision | None]:
        """(the reply or why the connection is dropped, the rate decision for the headers)."""
        state = self.state
        vendor = state.vendor
        scale = state.scale

        found = state.validator.route(method, raw_path)
        if isinstance(found, RouteMiss):
            if found.allowed:
                reply = vendor.error(405, "MethodNotAllowed", f"{method} is not allowed here", scale)
                reply.headers["Allow"] = ", ".join(found.allowed)
            else:
                reply = vendor.error(404, "ResourceNotExist", f"no such path: {raw_path}", scale)
            return reply, None
        route = found

        principal: Principal | None = None
        accepted = _accepted_schemes(state.spec, route.operation, state.schemes)
        if accepted is not None:
            try:
                principal = state.authenticator.authenticate(headers.get("authorization"), accepted)
            except AuthError as exc:
                reply = vendor.error(401, "Unauthorized", str(exc), scale)
                challenges = [f'{s.title()} realm="{vendor.name}"' for s in sorted(accepted)]
                reply.headers["WWW-Authenticate"] = ", ".join(challenges)
                return reply, None
        if principal is None:  # public operations do not exist in these specs
            principal = Principal(vendor.tenants[0], "anonymous", "basic")

        plan = self._plan(headers)
        if isinstance(plan, Problem):
            return self._bad_input(route.operation, [plan]), state.limiter.peek(principal.principal)
        if plan.kind != "none":
            state.injected[plan.kind] += 1
        if plan.delay:
            await state.clock.sleep(scale.to_real(plan.delay))
        if plan.kind == "drop-before":
            return "before reading the request", None
        if plan.kind == "error":
            reply = vendor.error(plan.status, "ServerError", "injected server error", scale)
            return reply, state.limiter.peek(principal.principal)
        if plan.kind == "429":
            wait = scale.to_real(plan.retry_after)
            injected = Decision(False, 0, wait)
            return vendor.throttled(injected, scale), injected

        decision = state.limiter.hit(principal.principal)
        if not decision.allowed:
            return vendor.throttled(decision, scale), decision

        body_bytes = await _read_body(receive)
        if body_bytes is None:
            return "client disconnected", decision
        if len(body_bytes) > MAX_BODY_BYTES:
            problem = Problem("body", "", "maxLength", "larger than 4 MiB", malformed=True)
            return self._bad_input(route.operation, [problem]), decision

        cookies = cookie_parser(headers.get("cookie", ""))
        query = QueryParams(scope.get("query_string", b"").decode("latin-1"))
        raw = RawRequest(
            method=method,
            raw_path=raw_path,
            query=ImmutableMultiDict(list(query.multi_items())),
            headers=headers,
            cookies=cookies,
            body=body_bytes,
        )
        body, problems = state.validator.validate_request(raw, route)
        problems = [*undeclared_query(state.spec, route, query), *problems]
        if problems:
            return self._bad_input(route.operation, problems), decision

        handler = vendor.handlers.get(route.operation_id)
        if handler is None:
            reply = vendor.error(501, "NotImplemented", f"{route.operation_id}: no handler", scale)
            return reply, decision
        ctx = Ctx(
            route=route,
            principal=principal,
            store=state.store,
            body=body,
            query=query,
            params=_typed_query(state.spec, route, query),
            clock=state.clock,
        )
        try:
            with state.store.lock:
                reply = handler(ctx)
        except NotFound as exc:
            return vendor.error(404, "ResourceNotExist", exc.message, scale), decision
        except Conflict as exc:
            if "409" in _declared_statuses(state.spec, route.operation):
                message = f"body.{exc.field_name}: {exc.message} (rule: {exc.rule})"
                return vendor.error(409, "Conflict", message, scale), decision
            problem = Problem("body", exc.field_name, exc.rule, exc.message)
            return self._bad_input(route.operation, [problem]), decision
        except Invalid as exc:
            problem = Problem("body", exc.field_name, exc.rule, exc.message)
            return self._bad_input(route.operation, [problem]), decision
        except Exception:  # a mock bug: answer a vendor-shaped 500, never a bare traceback
            log.exception("%s %s: handler failed", vendor.name, route.operation_id)
            reply = vendor.error(500, "ServerError", f"mock bug in {route.operation_id}", scale)
            return reply, decision
        if plan.kind == "drop-after":
            return "after applying the request", decision
        if plan.kind == "stall-after":
            await state.clock.sleep(scale.to_real(plan.stall))
        return reply, decision

    def _finish(self, reply: Reply, decision: Decision | None, method: str, raw_path: str) -> Response:
        state = self.state
        state.vendor.finalize(reply, decision, state.scale)
        headers = dict(reply.headers)
        if reply.body is None:
            content = b""
        else:
            try:
                content = json.dumps(reply.body, allow_nan=False, ensure_ascii=False).encode()
            except (TypeError, ValueError) as exc:
                log.error("%s: unserialisable response: %s", state.vendor.name, exc)
                reply = state.vendor.error(500, "ServerError", "mock bug: bad body", state.scale)
                content = json.dumps(reply.body).encode()
            headers["content-type"] = "application/json"
        if state.config.validate_responses:
            errors = state.validator.validate_response(
                method, raw_path, reply.status, {k.lower(): v for k, v in headers.items()}, content
            )
            if errors:
                message = "mock response does not conform to the spec: " + "; ".join(errors)
                log.error("%s %s %s: %s", state.vendor.name, method, raw_path, message)
                reply = state.vendor.error(500, "ServerError", message[:1000], state.scale)
                state.vendor.finalize(reply, decision, state.scale)
                headers = dict(reply.headers)
                headers["content-type"] = "application/json"
                content = json.dumps(reply.body).encode()
        if state.quirks.quirks:
            return self._quirky(Wire(reply.status, list(headers.items()), content), method, raw_path)
        media_type = headers.pop("content-type", None)
        return Response(content, status_code=reply.status, headers=headers, media_type=media_type)

    def _quirky(self, wire: Wire, method: str, raw_path: str) -> Response:
        """The realistic-vendor answer: quirks applied to the finished (and checked) response."""
        route = self.state.validator.route(method, raw_path)
        operation = route.operation if isinstance(route, SpecRoute) else None
        wire = self.state.quirks.apply(operation, method, wire)
        response = Response(wire.content, status_code=wire.status)
        # Starlette lower-cases header names; the raw list keeps the quirk's case on the wire.
        response.raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in wire.headers]
        return response


class _DropLayer:
    """Outermost layer: turns a handler's drop request into `DropConnection`.

    It sits outside Starlette's ServerErrorMiddleware, which would otherwise answer 500.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        signal = _DropSignal()
        await self.app({**scope, _DROP_KEY: signal}, receive, send)
        if signal.when:
            raise DropConnection(signal.when)


class MockStarlette(Starlette):
    """Starlette with the drop layer outermost."""

    def build_middleware_stack(self) -> ASGIApp:
        return _DropLayer(super().build_middleware_stack())


def _vendor_module(vendor: str) -> VendorMock:
    """The mock in the module named after the vendor (`<vendor>.py`, its `VendorMock`). A package's
    copy of the fake ships only its own vendor's module, so the others are unknown there."""
    try:
        module = importlib.import_module(f"{__package__}.{vendor}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.{vendor}":
            raise
        known = ", ".join(sorted(_shipped_vendors()))
        raise ValueError(f"unknown vendor {vendor!r}; known vendors: {known}") from None
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, VendorMock) and value.name == vendor:
            return value()
    raise ValueError(f"{module.__name__}: no VendorMock subclass named {vendor!r}")


def _shipped_vendors() -> list[str]:
    """The vendors whose mock module sits beside this one (all of them in `clientgen.testing`)."""
    return [name for name in VENDORS if (Path(__file__).parent / f"{name}.py").is_file()]


def create_app(vendor: str, *, config: MockConfig | None = None) -> Starlette:
    """A stateful mock of `vendor` ("duel", "duoplane", "duda") validated by its resolved spec."""
    config = config or MockConfig()
    module = _vendor_module(vendor)
    # The fake vendor enforces what the vendors' documents state, not our inferences (x-inferred):
    # it never refuses what the client lets through with a warning.
    spec = stated_view(config.spec if config.spec is not None else load_spec(vendor))
    clock = config.clock or MonotonicClock()
    scale = TimeScale(config.time_scale)

    def seed(store: Store) -> None:
        if config.seed_data:
            module.seed(store, clock)

    limiter: Limiter = (
        module.make_limiter(clock, scale) if config.rate_limit else Unlimited(module.unlimited_remaining())
    )
    state = MockState(
        vendor=module,
        config=config,
        spec=spec,
        validator=SpecValidator(spec),
        clock=clock,
        scale=scale,
        store=Store(module.tenants, seed),
        limiter=limiter,
        faults=FaultInjector(config.faults),
        authenticator=Authenticator(module.credentials),
        schemes=schemes_from_spec(spec),
        quirks=QuirkApplier(config.quirks, spec),
    )
    served_spec = json.loads(json.dumps(spec))

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(served_spec)

    app = MockStarlette(routes=[Route("/openapi.json", openapi_json, methods=["GET"])])
    # Everything else goes to the mock, even paths a Mount's regex cannot match (e.g. a path
    # holding an encoded newline), so every answer is vendor-shaped JSON.
    app.router.default = MockApp(state)
    app.state.mock = state
    return app
