"""Fault injection through the apps: errors and drops leave state as documented, seeds repeat,
the per-request header only works when allowed, latency runs on the (scaled) clock."""

from __future__ import annotations

import httpx
import pytest
from clientgen.testing import DropConnection, FakeClock, FaultConfig

from mocks_tests.conftest import AppFactory, ClientFactory, VendorCase, auth, error_text

pytestmark = pytest.mark.asyncio


async def write(client: httpx.AsyncClient, case: VendorCase, fault: str = "") -> httpx.Response:
    headers = auth(case.vendor)
    if fault:
        headers["X-Mock-Fault"] = fault
    return await client.request(
        case.write_method, case.write_path, json=case.write_body, headers=headers
    )


@pytest.mark.parametrize("status", [500, 503])
async def test_injected_error_is_vendor_shaped_and_changes_nothing(
    case: VendorCase, status: int, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor, allow_fault_header=True)
    client = make_client(app, case.vendor)
    before = app.state.mock.store.snapshot()
    response = await write(client, case, str(status))
    assert response.status_code == status
    assert "injected" in error_text(case.vendor, response)
    assert app.state.mock.store.snapshot() == before


async def test_injected_429_carries_retry_after(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor, allow_fault_header=True)
    client = make_client(app, case.vendor)
    before = app.state.mock.store.snapshot()
    response = await write(client, case, "429")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert app.state.mock.store.snapshot() == before


async def test_drop_before_read_applies_nothing(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor, allow_fault_header=True)
    client = make_client(app, case.vendor)
    before = app.state.mock.store.snapshot()
    with pytest.raises(httpx.RemoteProtocolError) as raised:
        await write(client, case, "drop-before")
    assert isinstance(raised.value, DropConnection)
    assert app.state.mock.store.snapshot() == before


async def test_drop_after_read_applies_the_write_then_drops(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor, allow_fault_header=True)
    client = make_client(app, case.vendor)
    before = len(app.state.mock.store.orders(case.tenant))
    with pytest.raises(DropConnection, match="after applying"):
        await write(client, case, "drop-after")
    assert len(app.state.mock.store.orders(case.tenant)) == before + 1
    assert app.state.mock.dropped == ["after applying the request"]


async def test_stall_after_applies_the_write_then_holds_the_response_back(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory, clock: FakeClock
) -> None:
    app = make_app(case.vendor, allow_fault_header=True, time_scale=2.0)
    client = make_client(app, case.vendor)
    before = len(app.state.mock.store.orders(case.tenant))
    started = clock.now()
    response = await write(client, case, "stall-after=3")
    assert response.status_code == case.write_status
    assert clock.now() - started == pytest.approx(1.5)  # 3 s of vendor time at 2x
    assert len(app.state.mock.store.orders(case.tenant)) == before + 1
    assert app.state.mock.injected == {"stall-after": 1}


async def test_fault_header_is_ignored_unless_allowed(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor), case.vendor)
    response = await write(client, case, "503")
    assert response.status_code == case.write_status


async def test_bad_fault_header_is_a_4xx_naming_it(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    client = make_client(make_app(case.vendor, allow_fault_header=True), case.vendor)
    response = await write(client, case, "explode")
    assert response.status_code == 400
    assert "X-Mock-Fault" in error_text(case.vendor, response)


async def outcomes(
    app_factory: AppFactory, client_factory: ClientFactory, case: VendorCase
) -> list[str]:
    faults = FaultConfig(
        error_rate=0.3, drop_after_read_rate=0.1, drop_before_read_rate=0.1, seed=42
    )
    app = app_factory(case.vendor, faults=faults, rate_limit=False)
    client = client_factory(app, case.vendor)
    seen = []
    for _ in range(40):
        try:
            response = await client.get(case.read, headers=auth(case.vendor))
            seen.append(str(response.status_code))
        except DropConnection as exc:
            seen.append(exc.when)
    return seen


async def test_seeded_faults_repeat_exactly(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    first = await outcomes(make_app, make_client, case)
    second = await outcomes(make_app, make_client, case)
    assert first == second
    assert {"200", "500", "503"} <= set(first)
    assert any("before" in o for o in first) and any("after" in o for o in first)


async def test_latency_uses_the_scaled_clock(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory, clock: FakeClock
) -> None:
    faults = FaultConfig(latency_ms=400)
    app = make_app(case.vendor, faults=faults, time_scale=4.0, allow_fault_header=True)
    client = make_client(app, case.vendor)
    await client.get(case.read, headers=auth(case.vendor))
    assert clock.now() == pytest.approx(0.1)  # 400 ms of vendor time at 4x
    await client.get(case.read, headers={**auth(case.vendor), "X-Mock-Fault": "delay=2"})
    assert clock.now() == pytest.approx(0.6)


async def test_burst_of_429_then_success(
    case: VendorCase, make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app(case.vendor, faults=FaultConfig(burst_429=2, retry_after_seconds=3))
    client = make_client(app, case.vendor)
    statuses = []
    for _ in range(3):
        response = await client.get(case.read, headers=auth(case.vendor))
        statuses.append((response.status_code, response.headers.get("retry-after")))
    assert statuses == [(429, "3"), (429, "3"), (200, None)]
