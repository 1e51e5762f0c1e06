"""Fixtures for the mock-server tests: apps, clients that prove every response conforms.

Every client built here validates each response it receives against the vendor's spec with
openapi-core's response validation (independently of the mock's own validation module), and the
`conformance` fixture fails the test at teardown if any response did not conform.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import pytest_asyncio
from clientgen.testing import TENANTS, FakeClock, MockConfig, create_app, demo_credential
from clientgen.testing.auth import Scheme
from clientgen.testing.spec import load_spec
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from starlette.applications import Starlette
from werkzeug.datastructures import Headers, ImmutableMultiDict

BASE_URL = "http://mock.test"
VENDORS = ("duel", "duoplane", "duda")
_OPENAPI: dict[str, OpenAPI] = {}


def spec_for(vendor: str) -> dict[str, Any]:
    return load_spec(vendor)


def openapi_for(vendor: str) -> OpenAPI:
    """openapi-core over the vendor's spec, servers pointed at the mock's root."""
    if vendor not in _OPENAPI:
        document = copy.deepcopy(spec_for(vendor))
        document["servers"] = [{"url": "/"}]
        _OPENAPI[vendor] = OpenAPI.from_dict(document)
    return _OPENAPI[vendor]


class _Req:
    def __init__(self, request: httpx.Request) -> None:
        self.host_url = "http://mock.invalid"
        self.path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        self.body = None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(), header=Headers(), cookie=ImmutableMultiDict()
        )


class _Resp:
    def __init__(self, response: httpx.Response, body: bytes) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data = body


def response_errors(vendor: str, request: httpx.Request, response: httpx.Response) -> list[str]:
    """Why `response` does not conform to the vendor spec (empty list when it does)."""
    path = request.url.path
    unrouted = response.status_code in (404, 405) and _unrouted(vendor, request)
    if path == "/openapi.json" or unrouted:
        return []  # outside the spec: unknown paths and undeclared methods
    errors = openapi_for(vendor).response_validator.iter_errors(
        _Req(request), _Resp(response, response.content)
    )
    out = []
    for error in errors:
        context = getattr(error, "context", None)
        details = [error, *(context or [])]
        for item in details:
            cause = item.__cause__
            schema_errors = getattr(cause, "schema_errors", None) or []
            text = "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in schema_errors)
            out.append(f"{type(item).__name__}: {item} {text}".strip())
    return out


def _unrouted(vendor: str, request: httpx.Request) -> bool:
    from openapi_core.templating.paths.finders import APICallPathFinder

    finder = APICallPathFinder(openapi_for(vendor).spec)
    try:
        finder.find(request.method.lower(), "http://mock.invalid" + request.url.path)
    except Exception:
        return True
    return False


@dataclass
class Conformance:
    """Collects non-conforming responses; the fixture asserts the list is empty at the end."""

    failures: list[str] = field(default_factory=list)
    checked: int = 0

    def record(self, vendor: str, request: httpx.Request, response: httpx.Response) -> None:
        self.checked += 1
        for error in response_errors(vendor, request, response):
            where = f"{request.method} {request.url.path} -> {response.status_code}"
            self.failures.append(f"{where}: {error}")


class CheckingTransport(httpx.AsyncBaseTransport):
    """ASGITransport that records each response's spec conformance."""

    def __init__(self, app: Starlette, vendor: str, conformance: Conformance) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.vendor = vendor
        self.conformance = conformance

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        checked = httpx.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )
        self.conformance.record(self.vendor, request, checked)
        return httpx.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )


@pytest.fixture
def conformance() -> Iterator[Conformance]:
    found = Conformance()
    yield found
    assert not found.failures, "responses that do not conform to the spec:\n" + "\n".join(
        found.failures
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


AppFactory = Callable[..., Starlette]


@pytest.fixture
def make_app(clock: FakeClock) -> AppFactory:
    """make_app(vendor, **MockConfig fields): an app on the fake clock unless `clock` is given."""

    def factory(vendor: str, **settings: Any) -> Starlette:
        settings.setdefault("clock", clock)
        return create_app(vendor, config=MockConfig(**settings))

    return factory


ClientFactory = Callable[..., httpx.AsyncClient]


@pytest_asyncio.fixture
async def make_client(conformance: Conformance) -> AsyncIterator[ClientFactory]:
    """make_client(app, vendor, **httpx kwargs): an AsyncClient whose responses are checked."""
    clients: list[httpx.AsyncClient] = []

    def factory(app: Starlette, vendor: str, **kwargs: Any) -> httpx.AsyncClient:
        transport = CheckingTransport(app, vendor, conformance)
        client = httpx.AsyncClient(transport=transport, base_url=BASE_URL, **kwargs)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()


def auth(vendor: str, tenant: int = 0, scheme: Scheme | None = None) -> dict[str, str]:
    """Authorization header of a demo credential."""
    return demo_credential(vendor, tenant, scheme).headers


@dataclass(frozen=True)
class VendorCase:
    """A few requests per vendor that the vendor-neutral tests drive."""

    vendor: str
    read: str  # an authenticated GET answering 200
    write_method: str
    write_path: str
    write_body: dict[str, Any]
    write_status: int
    bad_body: dict[str, Any]  # schema-invalid; `bad_field` breaks `bad_rule`
    bad_field: str
    bad_rule: str
    allowed: frozenset[str]  # the methods the write path declares

    @property
    def tenant(self) -> str:
        return TENANTS[self.vendor][0]


DUDA_ORDERS = "/sites/multiscreen/demo-site/ecommerce/orders"

CASES: dict[str, VendorCase] = {
    "duel": VendorCase(
        vendor="duel",
        read="/v1/members",
        write_method="PUT",
        write_path="/v1/orders/case-1",
        write_body={"total": 10.5, "currency": "GBP", "email": "ada@example.com"},
        write_status=201,
        bad_body={"total": "ten", "currency": "GBP", "email": "ada@example.com"},
        bad_field="total",
        bad_rule="type",
        allowed=frozenset({"GET", "PUT", "POST"}),
    ),
    "duoplane": VendorCase(
        vendor="duoplane",
        read="/api/orders",
        write_method="POST",
        write_path="/api/orders",
        write_body={"store_id": 1, "order_items": [{"name": "Widget", "quantity": 2}]},
        write_status=201,
        bad_body={"store_id": 1, "order_items": [{"name": "Widget", "quantity": "two"}]},
        bad_field="order_items[0].quantity",
        bad_rule="type",
        allowed=frozenset({"GET", "POST"}),
    ),
    "duda": VendorCase(
        vendor="duda",
        read=DUDA_ORDERS,
        write_method="POST",
        write_path=DUDA_ORDERS,
        write_body={
            "mode": "LIVE",
            "status": "PROCESSED",
            "currency": "USD",
            "email": "ada@example.com",
            "invoice_number": "CASE-1",
            "billing_address": {"first_name": "Ada"},
            "items": [{"name": "Widget", "quantity": 2, "unit_price": 9.5}],
        },
        write_status=200,
        bad_body={
            "mode": "SANDBOX",
            "status": "PROCESSED",
            "currency": "USD",
            "email": "ada@example.com",
            "invoice_number": "CASE-1",
            "billing_address": {},
            "items": [{"name": "Widget"}],
        },
        bad_field="mode",
        bad_rule="enum",
        allowed=frozenset({"GET", "POST"}),
    ),
}


@pytest.fixture(params=VENDORS)
def case(request: pytest.FixtureRequest) -> VendorCase:
    return CASES[request.param]


def error_text(vendor: str, response: httpx.Response) -> str:
    """The error message of a vendor-shaped error body (asserting the shape on the way)."""
    body = response.json()
    if vendor == "duoplane":
        assert set(body) == {"metadata", "data", "errors"} and body["data"] is None, body
        assert body["errors"] and all(isinstance(e, str) for e in body["errors"]), body
        return " ".join(body["errors"])
    if vendor == "duda":
        assert set(body) == {"error_code", "message"}, body
        return str(body["message"])
    assert set(body) == {"error", "message"}, body
    return str(body["message"])
