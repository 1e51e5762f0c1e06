"""Several processes, one Duoplane API user, one Redis-backed bucket: the vendor never says 429."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass
from typing import Any

import duoplane_client
import redis
from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer
from contract.fuzz import StatusCounter
from duoplane_client import RedisStore
from duoplane_client.api.orders import create_order
from duoplane_client.models import OrderCreate

SCALE = 10.0  # the bucket leaks 20/s instead of 2/s


@dataclass
class SharedLimitResult:
    workers: int
    requests: int
    too_many_requests: int
    seconds: float

    @property
    def ceiling(self) -> float:
        """The most the vendor's bucket admits in `seconds`: a full bucket plus the leak."""
        return 40 + 2 * SCALE * self.seconds

    def line(self) -> str:
        rate = self.requests / self.seconds
        return (
            f"shared limit: {self.workers} processes, {self.requests} requests in "
            f"{self.seconds:.1f}s ({rate:.1f}/s; bucket allows <= {self.ceiling:.0f}), "
            f"429s={self.too_many_requests}"
        )


def _worker(base_url: str, redis_url: str, worker: int, count: int) -> int:
    store = RedisStore(redis.Redis.from_url(redis_url), prefix="shared-limit-test")
    client = duoplane_client.AuthenticatedClient(
        base_url,
        username="demo-key",
        password="demo-password",
        time_scale=SCALE,
        limiter_store=store,
    )
    sent = 0
    with client:
        for n in range(count):
            body = OrderCreate.from_dict({"internal_id": f"w{worker}-{n}"})
            create_order.sync_detailed(client=client, body=body)
            sent += 1
    return sent


def run(redis_url: str, *, workers: int = 4, per_worker: int = 30) -> SharedLimitResult:
    app: Any = create_app("duoplane", config=MockConfig(time_scale=SCALE, seed_data=False))
    counter = StatusCounter(app)
    context = multiprocessing.get_context("spawn")
    with MockServer(counter) as server:
        started = time.monotonic()
        with context.Pool(workers) as pool:
            sent = pool.starmap(
                _worker, [(server.base_url, redis_url, w, per_worker) for w in range(workers)]
            )
        seconds = time.monotonic() - started
    return SharedLimitResult(workers, sum(sent), counter.statuses[429], seconds)
