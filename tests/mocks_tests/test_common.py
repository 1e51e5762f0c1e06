"""Vendor-neutral behaviour, for each of the three mocks: the spec is served, routing, auth and
bad input get the statuses the spec declares, and nothing bad input touches is changed.

Each openapi-core/Starlette trap has a test here: unknown path 404, undeclared method 405 with
`Allow`, missing credentials 401 (not 403), a non-UTF-8 body 400 (not a crash), and a response
that fails validation a 500 (not a 400).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from clientgen.runtime.inferred import stated_view
from clientgen.runtime.refs import resolve
from clientgen.testing.base import Reply
from clientgen.testing.validation import Route

from mocks_tests.conftest import (
    DUDA_ORDERS,
    AppFactory,
    ClientFactory,
    VendorCase,
    auth,
    error_text,
    response_errors,
    spec_for,
)

pytestmark = pytest.mark.asyncio


async def test_serves_the_resolved_spec_without_auth(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    # The stated view: what the vendors' documents state, without our inferences (x-inferred).
    assert response.json() == json.loads(json.dumps(stated_view(spec_for(case.vendor))))


async def test_unknown_path_is_404(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    for path in ("/nope", case.read + "/x/y/z", "/openapi.json/extra"):
        response = await client.get(path, headers=auth(case.vendor))
        assert response.status_code == 404, path
        assert "no such path" in error_text(case.vendor, response)


@pytest.mark.parametrize("method", ["DELETE", "OPTIONS", "HEAD", "TRACE"])
async def test_undeclared_method_is_405_with_allow(
    case: VendorCase, method: str, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    response = await client.request(method, case.write_path, headers=auth(case.vendor))
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert allowed == case.allowed


async def test_missing_credentials_are_401_not_403(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    response = await client.get(case.read)
    assert response.status_code == 401
    assert "missing credentials" in error_text(case.vendor, response)
    assert response.headers["www-authenticate"].startswith(("Basic", "Bearer"))


@pytest.mark.parametrize(
    "header, reason",
    [
        ("Basic " + "ZGVtby11c2VyOndyb25n", "invalid API user or password"),  # demo-user:wrong
        ("Basic not-base64!", "malformed Basic credentials"),
        ("Basic " + "bm9jb2xvbg==", "malformed Basic credentials"),  # "nocolon"
        ("Digest abc", "unsupported authorization scheme"),
        ("", "missing credentials"),
    ],
)
async def test_wrong_credentials_are_401(
    case: VendorCase,
    header: str,
    reason: str,
    make_app: AppFactory,
    make_client: ClientFactory,
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    response = await client.get(case.read, headers={"Authorization": header})
    assert response.status_code == 401
    message = error_text(case.vendor, response)
    assert reason in message
    assert "wrong" not in message  # the secret is never echoed


async def test_other_vendors_credentials_are_401(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    other = "duda" if case.vendor == "duoplane" else "duoplane"
    client = make_client(make_app(case.vendor), case.vendor)
    response = await client.get(case.read, headers=auth(other))
    assert response.status_code == 401


async def test_valid_write_succeeds_and_is_stored(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor)
    client = make_client(app, case.vendor)
    before = len(app.state.mock.store.orders(case.tenant))
    response = await client.request(
        case.write_method, case.write_path, json=case.write_body, headers=auth(case.vendor)
    )
    assert response.status_code == case.write_status, response.text
    assert len(app.state.mock.store.orders(case.tenant)) == before + 1


async def test_schema_violation_names_field_and_rule_and_changes_nothing(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor)
    client = make_client(app, case.vendor)
    before = app.state.mock.store.snapshot()
    response = await client.request(
        case.write_method, case.write_path, json=case.bad_body, headers=auth(case.vendor)
    )
    assert response.status_code == 422  # every write declares 422 for a body breaking a rule
    message = error_text(case.vendor, response)
    assert f"body.{case.bad_field}:" in message
    assert f"(rule: {case.bad_rule})" in message
    assert app.state.mock.store.snapshot() == before


async def test_unknown_body_field_is_named(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor)
    client = make_client(app, case.vendor)
    body = {**case.write_body, "surprise": 1}
    response = await client.request(
        case.write_method, case.write_path, json=body, headers=auth(case.vendor)
    )
    route = app.state.mock.validator.route(case.write_method, case.write_path)
    assert isinstance(route, Route)
    if not _closed(app.state.mock.spec, route.operation.get("requestBody")):
        # The closure is our inference (x-inferred), so the fake vendor accepts the field.
        assert response.status_code == case.write_status, response.text
        return
    assert response.status_code == 422
    message = error_text(case.vendor, response)
    assert "body.surprise:" in message and "(rule: additionalProperties)" in message


def _closed(spec: dict[str, Any], request_body: Any) -> bool:
    """Whether the served spec closes the request body's top-level object."""
    body = resolve(spec, request_body)
    if not (isinstance(body, dict) and "content" in body):
        return False
    schema = resolve(spec, body["content"]["application/json"]["schema"])
    return isinstance(schema, dict) and schema.get("additionalProperties") is False


@pytest.mark.parametrize(
    "content, content_type, expected",
    [
        (b"\xff\xfe{\x00", "application/json", "not valid UTF-8"),
        (b'{"total": ', "application/json", "not valid JSON"),
        (b'{"total": NaN}', "application/json", "NaN is not valid JSON"),
        (b'{"total": 1e999}', "application/json", "out of range"),
        (b"", "application/json", "request body is required"),
        (b"total=1", "application/x-www-form-urlencoded", "must be application/json"),
    ],
)
async def test_unreadable_body_is_400_and_changes_nothing(
    case: VendorCase,
    content: bytes,
    content_type: str,
    expected: str,
    make_app: AppFactory,
    make_client: ClientFactory,
) -> None:
    app = make_app(case.vendor)
    client = make_client(app, case.vendor)
    before = app.state.mock.store.snapshot()
    headers = {**auth(case.vendor), "Content-Type": content_type}
    response = await client.request(
        case.write_method, case.write_path, content=content, headers=headers
    )
    assert response.status_code == 400
    assert expected in error_text(case.vendor, response)
    assert app.state.mock.store.snapshot() == before


@pytest.mark.parametrize(
    "vendor, path, name, value, rule",
    [  # Duel's operations take no query parameters
        ("duoplane", "/api/orders", "per_page", "many", "type"),
        ("duoplane", "/api/products", "per_page", "251", "maximum"),
        ("duoplane", "/api/orders", "page", "first", "type"),
        ("duda", DUDA_ORDERS, "limit", "many", "type"),
        ("duda", DUDA_ORDERS, "offset", "-1", "minimum"),
        ("duda", DUDA_ORDERS, "direction", "up", "enum"),
    ],
)
async def test_bad_query_parameter_is_400_naming_it(
    vendor: str,
    path: str,
    name: str,
    value: str,
    rule: str,
    make_app: AppFactory,
    make_client: ClientFactory,
) -> None:
    client = make_client(make_app(vendor), vendor)
    response = await client.get(path, params={name: value}, headers=auth(vendor))
    assert response.status_code == 400
    message = error_text(vendor, response)
    assert f"query.{name}:" in message and f"(rule: {rule})" in message


async def test_response_failing_validation_is_500_not_400(
    case: VendorCase,
    make_app: AppFactory,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app(case.vendor, validate_responses=True)
    state = app.state.mock
    route = state.validator.route("GET", case.read)
    broken: Any = {"results": "not a list", "data": 5} if case.vendor != "duel" else {"x": 1}

    def handler(ctx: object) -> Reply:
        return Reply(200, broken)

    monkeypatch.setitem(state.vendor.handlers, route.operation_id, handler)
    client = make_client(app, case.vendor)
    response = await client.get(case.read, headers=auth(case.vendor))
    assert response.status_code == 500
    assert "does not conform to the spec" in error_text(case.vendor, response)


async def test_every_demo_credential_reads_its_own_tenant(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    from clientgen.testing import DEMO_CREDENTIALS

    client = make_client(make_app(case.vendor, rate_limit=False), case.vendor)
    for credential in DEMO_CREDENTIALS[case.vendor]:
        path = case.read.replace("demo-site", credential.tenant)
        response = await client.get(path, headers=credential.headers)
        assert response.status_code == 200, (credential, response.text)


async def test_reset_restores_the_seeded_state(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor)
    fresh = app.state.mock.store.snapshot()
    client = make_client(app, case.vendor)
    await client.request(
        case.write_method, case.write_path, json=case.write_body, headers=auth(case.vendor)
    )
    assert app.state.mock.store.snapshot() != fresh
    app.state.mock.reset()
    assert app.state.mock.store.snapshot() == fresh


async def test_the_conformance_helper_catches_a_bad_response() -> None:
    """The checker these tests rely on does fail on a non-conforming response."""
    request = httpx.Request("GET", "http://mock.test/api/orders")
    bad = httpx.Response(200, json={"metadata": {}, "data": "x"}, request=request)
    assert response_errors("duoplane", request, bad)
    undeclared = httpx.Response(418, json={}, request=request)
    assert response_errors("duoplane", request, undeclared)


async def test_a_handler_bug_is_a_vendor_shaped_500(
    case: VendorCase,
    make_app: AppFactory,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app(case.vendor)
    route = app.state.mock.validator.route("GET", case.read)

    def handler(ctx: object) -> Reply:
        raise KeyError("boom")

    monkeypatch.setitem(app.state.mock.vendor.handlers, route.operation_id, handler)
    response = await make_client(app, case.vendor).get(case.read, headers=auth(case.vendor))
    assert response.status_code == 500
    assert "mock bug" in error_text(case.vendor, response)
