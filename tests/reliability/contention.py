"""Several processes x threads on one Duoplane API user, against the documented growing penalty.

Each process has its own client (and, without a shared store, its own limiter): they only learn
of each other through the server's `Duoplane-Requests-Left` and its 429s. Every create carries a
unique `internal_id`, so the mock's store shows what was lost or duplicated.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import duoplane_client
from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer
from contract.fuzz import StatusCounter
from duoplane_client.api.orders import create_order
from duoplane_client.models import OrderCreate

SCALE = 10.0  # the bucket leaks 20/s instead of 2/s (capacity 40 either way)
CAPACITY = 40
LEAK = 2.0 * SCALE


@dataclass
class ContentionResult:
    """One run; `fraction` is completed creates over what the bucket admits in the time taken."""

    processes: int
    threads: int
    shared_store: bool
    wanted: int
    sent: int  # requests the server saw (retries included)
    completed: int  # creates whose call returned normally
    stored: int
    lost: int
    duplicated: int
    too_many_requests: int
    seconds: float
    exceptions: Counter[str] = field(default_factory=Counter)

    @property
    def ceiling(self) -> float:
        """The most the vendor's bucket admits in `seconds`: a full bucket plus the leak."""
        return CAPACITY + LEAK * self.seconds

    @property
    def rate(self) -> float:
        """Completed creates per second as a fraction of the bucket's leak rate."""
        return self.completed / self.seconds / LEAK

    @property
    def of_ceiling(self) -> float:
        """Completed creates as a fraction of all the bucket could admit (burst included)."""
        return self.completed / self.ceiling

    HEADER = (
        f"{'run':<8} {'processes':>9} {'threads':>7} {'shared':>6} {'sent':>5} "
        f"{'completed':>9} {'lost':>4} {'dup':>3} {'429s':>5} {'rate/leak':>9} "
        f"{'/ceiling':>8} {'seconds':>7}  exceptions"
    )

    def row(self, label: str = "now") -> str:
        errors = ", ".join(f"{name} {n}" for name, n in sorted(self.exceptions.items())) or "-"
        return (
            f"{label:<8} {self.processes:>9} {self.threads:>7} "
            f"{'yes' if self.shared_store else 'no':>6} {self.sent:>5} {self.completed:>9} "
            f"{self.lost:>4} {self.duplicated:>3} {self.too_many_requests:>5} {self.rate:>9.2f} "
            f"{self.of_ceiling:>8.2f} {self.seconds:>7.1f}  {errors}"
        )


# Measured on the code before issue #11 (commit a1338c8: a 429 on a create not retried, a 429's
# wait held only the request retried), same scenarios, same machine (2 shared cores, load ~2):
# what the table prints as "before". Historical figures, never asserted on.
BEFORE = (
    ContentionResult(4, 8, False, 128, 128, 45, 45, 83, 0, 83, 2.0, Counter(RateLimitedError=83)),
    ContentionResult(2, 8, False, 128, 128, 52, 52, 76, 0, 76, 3.8, Counter(RateLimitedError=76)),
    ContentionResult(4, 8, True, 128, 128, 128, 128, 0, 0, 0, 5.6),
    ContentionResult(
        4, 8, False, 320, 320, 43, 43, 277, 0, 277, 4.2, Counter(RateLimitedError=277)
    ),
    ContentionResult(4, 8, True, 320, 320, 320, 320, 0, 0, 0, 15.3),
)


def before(
    processes: int, threads: int, shared_store: bool, wanted: int
) -> ContentionResult | None:
    """The pre-#11 figures for the same scenario, when they were measured."""
    for result in BEFORE:
        key = (result.processes, result.threads, result.shared_store, result.wanted)
        if key == (processes, threads, shared_store, wanted):
            return result
    return None


def _worker(
    base_url: str, redis_url: str | None, prefix: str, process: int, threads: int, per_thread: int
) -> tuple[int, Counter[str]]:
    store = None
    if redis_url is not None:
        import redis
        from duoplane_client._runtime.redis_store import RedisStore

        store = RedisStore(redis.Redis.from_url(redis_url), prefix=prefix)
    client = duoplane_client.AuthenticatedClient(
        base_url,
        username="demo-key",
        password="demo-password",
        time_scale=SCALE,
        limiter_store=store,
    )
    completed = 0
    exceptions: Counter[str] = Counter()
    lock = threading.Lock()

    def run(thread: int) -> None:
        nonlocal completed
        for n in range(per_thread):
            body = OrderCreate.from_dict({"internal_id": f"p{process}-t{thread}-{n}"})
            try:
                create_order.sync_detailed(client=client, body=body)
            except Exception as exc:
                with lock:
                    exceptions[type(exc).__name__] += 1
            else:
                with lock:
                    completed += 1

    with client:
        pool = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    return completed, exceptions


def run(
    *, processes: int, threads: int, per_thread: int, redis_url: str | None = None
) -> ContentionResult:
    """Start the mock, fan the creates out over `processes` x `threads`, tally the store."""
    app: Any = create_app("duoplane", config=MockConfig(time_scale=SCALE, seed_data=False))
    counter = StatusCounter(app)
    context = multiprocessing.get_context("spawn")
    wanted = processes * threads * per_thread
    prefix = f"contention-{time.time_ns()}"  # one bucket for this run's processes only
    with MockServer(counter) as server, context.Pool(processes) as pool:
        # The workers import the client first; the clock starts when they are all ready.
        pool.map(_warm, range(processes))
        started = time.monotonic()
        results = pool.starmap(
            _worker,
            [
                (server.base_url, redis_url, prefix, p, threads, per_thread)
                for p in range(processes)
            ],
        )
        seconds = time.monotonic() - started
    stored = Counter(
        order["attributes"].get("internal_id")
        for order in app.state.mock.store.orders("demo-account").values()
    )
    exceptions: Counter[str] = Counter()
    for _, errors in results:
        exceptions.update(errors)
    mine = {key: n for key, n in stored.items() if isinstance(key, str) and key.startswith("p")}
    return ContentionResult(
        processes=processes,
        threads=threads,
        shared_store=redis_url is not None,
        wanted=wanted,
        sent=sum(counter.statuses.values()),
        completed=sum(done for done, _ in results),
        stored=len(mine),
        lost=wanted - len(mine),
        duplicated=sum(n - 1 for n in mine.values()),
        too_many_requests=counter.statuses[429],
        seconds=seconds,
        exceptions=exceptions,
    )


def _warm(_: int) -> None:
    time.sleep(0.2)  # every worker process is up (spawned, client imported) before timing
