"""The shared limiter's store failing: refused, reset, frozen (SIGSTOP); and a real Redis Cluster.

Each test starts its own redis-server(s) on loopback, so stopping one harms no other test.
A failure raises `LimiterStoreError` naming the store within its timeout, nothing sent; with
`fallback=True` the client limits in-process (WARNING) and goes back to Redis when it answers.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

redis = pytest.importorskip("redis")

from clientgen.runtime.errors import LimiterStoreError  # noqa: E402
from clientgen.runtime.memory_store import InMemoryStore  # noqa: E402
from clientgen.runtime.ratelimit import RateLimiter  # noqa: E402
from clientgen.runtime.redis_store import RedisStore  # noqa: E402
from unit.runtime.runtime_support import FakeClock, leaky_policy  # noqa: E402

TIMEOUT = 0.5
SLACK = 1.0
POLICY = leaky_policy(capacity=4, leak_per_second=2.0)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cluster_port(taken: set[int]) -> int:
    """A free port whose cluster bus port (port + 10000, which must stay <= 65535) is free too."""
    for _ in range(200):
        port = _free_port()
        if port + 10000 > 65535 or port in taken or port + 10000 in taken:
            continue
        try:
            with socket.socket() as bus:
                bus.bind(("127.0.0.1", port + 10000))
        except OSError:
            continue
        taken |= {port, port + 10000}
        return port
    pytest.fail("no free port pair for a cluster node")


def _redis_binary() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server not on PATH (apt-get install redis-server)"
        if os.environ.get("CLIENTGEN_REQUIRE_REDIS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return binary


def _start(workdir: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [_redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(workdir), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=workdir,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while True:
        try:
            with redis.Redis(port=port, socket_timeout=1) as client:
                client.ping()
            return process
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGCONT)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    process = _start(tmp_path / "redis", port)
    try:
        yield process, port
    finally:
        _stop(process)


def _timed_reserve(store: RedisStore) -> tuple[BaseException | None, float]:
    limiter = RateLimiter(POLICY, store)
    started = time.monotonic()
    try:
        limiter.reserve("acme:k")
    except BaseException as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


def test_refused_raises_a_store_error_naming_the_store_in_time() -> None:
    store = RedisStore(redis.Redis(port=_free_port()), prefix="refused", timeout=TIMEOUT)
    error, seconds = _timed_reserve(store)
    assert isinstance(error, LimiterStoreError), repr(error)
    assert "RedisStore(prefix='refused')" in str(error) and error.store.startswith("RedisStore")
    assert error.cause == "ConnectionError" and seconds < TIMEOUT + SLACK


class _Resetter:
    """Accepts and closes every connection at once (a reset store)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            conn.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.sock.close()


def test_reset_raises_a_store_error() -> None:
    resetter = _Resetter()
    try:
        port = resetter.sock.getsockname()[1]
        store = RedisStore(redis.Redis(port=port), prefix="reset", timeout=TIMEOUT)
        error, seconds = _timed_reserve(store)
    finally:
        resetter.close()
    assert isinstance(error, LimiterStoreError), repr(error)
    assert seconds < TIMEOUT + SLACK


def test_frozen_redis_times_out_then_recovers(
    own_redis: tuple[subprocess.Popen[bytes], int],
) -> None:
    process, port = own_redis
    store = RedisStore(redis.Redis(port=port), prefix="frozen", timeout=TIMEOUT)
    assert _timed_reserve(store)[0] is None
    process.send_signal(signal.SIGSTOP)
    try:
        error, seconds = _timed_reserve(store)
    finally:
        process.send_signal(signal.SIGCONT)
    assert isinstance(error, LimiterStoreError), repr(error)
    assert error.cause == "TimeoutError" and seconds < TIMEOUT + SLACK
    assert _timed_reserve(store)[0] is None  # Redis is back: so is the store, by itself


def test_fallback_limits_in_process_with_a_warning_then_returns_to_redis(
    own_redis: tuple[subprocess.Popen[bytes], int], caplog: pytest.LogCaptureFixture
) -> None:
    process, port = own_redis
    client = redis.Redis(port=port)
    store = RedisStore(client, prefix="fallback", timeout=TIMEOUT, fallback=True)
    process.send_signal(signal.SIGSTOP)
    try:
        with caplog.at_level(logging.WARNING, logger="clientgen.limiter"):
            for _ in range(3):
                error, seconds = _timed_reserve(store)
                assert error is None and seconds < TIMEOUT + SLACK
    finally:
        process.send_signal(signal.SIGCONT)
    warnings = [r for r in caplog.records if "limiting in-process" in r.getMessage()]
    assert len(warnings) == 1  # once per outage, not once per request
    time.sleep(1.1)  # the store is tried again after a second
    with caplog.at_level(logging.WARNING, logger="clientgen.limiter"):
        assert _timed_reserve(store)[0] is None
    assert any("answers again" in r.getMessage() for r in caplog.records)
    assert client.exists("fallback:{acme:k}:default") == 1  # the reservation went to Redis


def test_the_client_raises_the_store_error_and_sends_nothing() -> None:
    import duoplane_client
    from duoplane_client.api.orders import create_order
    from duoplane_client.models import OrderCreate

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={})

    from duoplane_client._runtime.redis_store import RedisStore as PackageStore

    store = PackageStore(redis.Redis(port=_free_port()), prefix="client", timeout=TIMEOUT)
    client = duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:1",
        username="u",
        password="p",
        limiter_store=store,
        transport=httpx.MockTransport(record),
    )
    with client, pytest.raises(duoplane_client.errors.LimiterStoreError) as caught:
        create_order.sync_detailed(client=client, body=OrderCreate.from_dict({"internal_id": "x"}))
    assert isinstance(caught.value, duoplane_client.errors.APIError)
    assert sent == []


# --- a real 3-node Redis Cluster -----------------------------------------------------------


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Any]:
    binary = _redis_binary()
    cli = shutil.which("redis-cli") or str(Path(binary).with_name("redis-cli"))
    if not Path(cli).exists():
        pytest.skip("redis-cli not found beside redis-server (apt-get install redis-tools)")
    taken: set[int] = set()
    ports = [_cluster_port(taken) for _ in range(3)]
    processes = [
        _start(tmp_path / f"node{port}", port, "--cluster-enabled", "yes",
               "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000")
        for port in ports
    ]  # fmt: skip
    try:
        subprocess.run(
            [cli, "--cluster", "create", *[f"127.0.0.1:{p}" for p in ports],
             "--cluster-replicas", "0", "--cluster-yes"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while True:
            info = redis.Redis(port=ports[0]).cluster("info")
            if info.get("cluster_state") == "ok":
                break
            if time.monotonic() > deadline:
                pytest.fail(f"cluster did not come up: {info}")
            time.sleep(0.1)
        from redis.cluster import RedisCluster

        client = RedisCluster(host="127.0.0.1", port=ports[0])
        yield client
        client.close()
    finally:
        for process in processes:
            _stop(process)


def _scenario(make: Callable[[FakeClock], Any]) -> list[float]:
    clock = FakeClock()
    limiter = RateLimiter(POLICY, make(clock))
    waits = [limiter.reserve("acme:k", None) for _ in range(5)]
    limiter.observe_remaining("acme:k", 0)
    waits.append(limiter.reserve("acme:k"))
    limiter.pause("acme:k", None, 3.0)
    waits.append(float(limiter.generation("acme:k")))
    clock.sleep(1.0)
    waits.append(limiter.reserve("acme:k"))
    return waits


def test_scripts_run_on_a_real_cluster_as_on_one_server(cluster: Any) -> None:
    remote = _scenario(lambda c: RedisStore(cluster, prefix="cluster", clock=c, timeout=5.0))
    local = _scenario(InMemoryStore)
    assert remote == pytest.approx(local)
    keys = sorted(k.decode() for k in cluster.keys("cluster:*"))
    assert keys == ["cluster:{acme:k}:default", "cluster:{acme:k}:default:pause"]
    slots = {cluster.keyslot(k) for k in keys}
    assert len(slots) == 1  # the hash tag puts one credential's keys in one slot


# --- the request's deadline bounds the store ------------------------------------------------

CLIENT_TIMEOUT = 0.5
STORE_TIMEOUT = 8.0  # the store alone would wait this long


def _frozen_store_call(port: int, asynchronous: bool) -> tuple[BaseException | None, float, int]:
    """A Duoplane create through a client whose timeout is far below its store's: (error,
    seconds, requests sent), with the store's Redis frozen."""
    import asyncio

    import duoplane_client
    from duoplane_client._runtime.redis_store import AsyncRedisStore
    from duoplane_client._runtime.redis_store import RedisStore as PackageStore
    from duoplane_client.api.orders import create_order
    from duoplane_client.models import OrderCreate

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={})

    body = OrderCreate.from_dict({"internal_id": "deadline"})
    started = time.monotonic()
    try:
        if asynchronous:
            from redis import asyncio as redis_asyncio

            async def run() -> None:
                store = AsyncRedisStore(
                    redis_asyncio.Redis(port=port), prefix="deadline", timeout=STORE_TIMEOUT
                )
                client = duoplane_client.AuthenticatedClient(
                    "http://127.0.0.1:1", username="u", password="p", timeout=CLIENT_TIMEOUT,
                    async_limiter_store=store, async_transport=httpx.MockTransport(record),
                )  # fmt: skip
                async with client:
                    await create_order.asyncio_detailed(client=client, body=body)

            asyncio.run(run())
        else:
            store = PackageStore(redis.Redis(port=port), prefix="deadline", timeout=STORE_TIMEOUT)
            client = duoplane_client.AuthenticatedClient(
                "http://127.0.0.1:1", username="u", password="p", timeout=CLIENT_TIMEOUT,
                limiter_store=store, transport=httpx.MockTransport(record),
            )  # fmt: skip
            with client:
                create_order.sync_detailed(client=client, body=body)
    except BaseException as exc:
        return exc, time.monotonic() - started, len(sent)
    return None, time.monotonic() - started, len(sent)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_frozen_store_costs_a_request_no_more_than_the_clients_timeout(
    own_redis: tuple[subprocess.Popen[bytes], int], asynchronous: bool
) -> None:
    import duoplane_client

    process, port = own_redis
    process.send_signal(signal.SIGSTOP)
    try:
        error, seconds, sent = _frozen_store_call(port, asynchronous)
    finally:
        process.send_signal(signal.SIGCONT)
    assert isinstance(error, duoplane_client.errors.LimiterStoreError), repr(error)
    assert error.cause == "TimeoutError" and sent == 0
    assert seconds < CLIENT_TIMEOUT + SLACK < STORE_TIMEOUT, seconds
