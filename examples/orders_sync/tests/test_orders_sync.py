"""The service's tests: each order reaches the fake vendor exactly once, faults included."""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import pytest
from duoplane_client.testing import FaultConfig, MockConfig, fake_vendor, serve
from orders_sync import send_order, send_order_async

VENDORS = ("duel", "duoplane", "duda")


def fakes_of(vendor: str) -> ModuleType:
    """`<vendor>_client.testing`: the fake shipped with that vendor's package."""
    return importlib.import_module(f"{vendor}_client.testing")


def _orders(fake: Any) -> int:
    return len(fake.store.orders(fake.tenant()))


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_service_creates_the_order_exactly_once(vendor: str) -> None:
    with fakes_of(vendor).fake_vendor() as fake, fake.client() as client:
        before = _orders(fake)
        status = send_order(vendor, client, "shop-1", fake.tenant())
        posts = [seen for seen in fake.requests if seen.method == "POST"]
        assert len(posts) == 1 and posts[0].status == status
        assert _orders(fake) == before + 1


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_write_whose_answer_is_lost_is_not_sent_again(vendor: str) -> None:
    # Every response dropped after the write lands: the client must not resend the POST.
    fakes = fakes_of(vendor)
    config = fakes.MockConfig(faults=fakes.FaultConfig(drop_after_read_rate=1.0))
    with fakes.fake_vendor(config=config) as fake, fake.client() as client:
        before = _orders(fake)
        errors = importlib.import_module(f"{vendor}_client.errors")
        with pytest.raises(errors.AmbiguousWriteError):
            send_order(vendor, client, "shop-2", fake.tenant())
        assert [seen.method for seen in fake.requests] == ["POST"]
        assert _orders(fake) == before + 1


def test_other_tenants_orders_are_not_seen() -> None:
    with fake_vendor() as fake, fake.client(tenant=1) as client:
        mine, theirs = len(fake.store.orders(fake.tenant(1))), len(fake.store.orders(fake.tenant()))
        assert send_order("duoplane", client, "shop-3", fake.tenant(1)) == 201
        assert len(fake.store.orders(fake.tenant(1))) == mine + 1
        assert len(fake.store.orders(fake.tenant())) == theirs


def test_the_async_client_reaches_the_same_fake() -> None:
    with fake_vendor() as fake, fake.client() as client:
        status = asyncio.run(send_order_async("duoplane", client, "shop-4"))
        assert status == 201
        assert fake.requests[-1].method == "POST"


def test_the_fixtures_give_a_signed_in_client(duel_fake: Any, duel_client_fake: Any) -> None:
    status = send_order("duel", duel_client_fake, "shop-5", duel_fake.tenant())
    assert status == 201
    assert duel_fake.throttled == 0


def test_the_loopback_server_serves_the_same_fake() -> None:
    with serve() as fake, fake.client() as client:
        assert fake.base_url is not None and fake.base_url.startswith("http://127.0.0.1:")
        before = _orders(fake)
        assert send_order("duoplane", client, "shop-6", fake.tenant()) == 201
        assert [seen.method for seen in fake.requests] == ["POST"]
        assert _orders(fake) == before + 1


def test_a_429_is_waited_out_and_the_order_still_lands_once() -> None:
    # Half the requests start a 429 (Retry-After 1 vendor second); the seed fixes which.
    faults = FaultConfig(burst_429=1, burst_429_rate=0.5, seed=7)
    with fake_vendor(time_scale=100, config=MockConfig(faults=faults)) as fake:
        with fake.client() as client:
            before = _orders(fake)
            assert send_order("duoplane", client, "shop-7", fake.tenant()) == 201
        assert fake.throttled >= 1
        assert _orders(fake) == before + 1
