"""Send orders through the generated clients at mocks injecting faults; count what was stored.

The user-side pattern under test: idempotent writes (Duel's PUT upsert) are simply sent again
after a failure; a non-idempotent create (Duel's legacy POST, Duoplane's POST) that failed
ambiguously is reconciled by a read before any resend, never blindly retried.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import duel_client
import duoplane_client
from clientgen.testing import FaultConfig, MockConfig, Quirks, create_app
from clientgen.testing.server import MockServer
from duel_client.api.orders import create_order as duel_create
from duel_client.api.orders import get_order as duel_get
from duel_client.api.orders import upsert_order
from duel_client.models import OrderCreate as DuelOrderCreate
from duel_client.models import OrderUpsert
from duoplane_client.api.orders import create_order as duoplane_create
from duoplane_client.api.orders import list_orders
from duoplane_client.models import OrderCreate as DuoplaneOrderCreate

SCALE = 50.0  # vendor time 50x faster: backoffs, Retry-After and the buckets all shrink
FAULTS = FaultConfig(
    error_rate=0.06,
    error_statuses=(500, 503),
    burst_429=2,
    burst_429_rate=0.02,  # bursts of two: about 4% of requests
    drop_before_read_rate=0.04,
    drop_after_read_rate=0.04,
    stall_rate=0.02,
    stall_seconds=50.0,  # 1 s of wall time at SCALE: well past the clients' timeout
    seed=7,
)  # about 20% of requests fail one way or another (each run prints the count)
# Clients give up on a response after this long (wall seconds): a stalled write times out after
# it landed. Loopback answers take milliseconds, so only the injected stalls reach it.
TIMEOUT = 0.5
# Duel's own policy waits 300 s between retries (6 s a retry even at SCALE): this test is about
# exactly-once delivery, not Duel's schedule, so it passes a short exponential one instead.
DUEL_FAST_RETRY = replace(
    duel_client.POLICY.retry, initial_backoff=1.0, max_elapsed=120.0, jitter=0.25
)


@dataclass
class Tally:
    """Printed as: sent, stored, duplicates, lost."""

    workload: str
    sent: int
    stored: int
    duplicates: int
    lost: int
    wrong_totals: int
    resends: int
    seconds: float
    requests: int = 0  # what the mock served, retries and reconciling reads included
    faults: Counter[str] = field(default_factory=Counter)  # what it injected, by kind

    def line(self) -> str:
        injected = sum(self.faults.values())
        share = injected / self.requests if self.requests else 0.0
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.faults.items()))
        return (
            f"{self.workload:<24} sent={self.sent:<5} stored={self.stored:<5} "
            f"duplicates={self.duplicates} lost={self.lost} wrong_totals={self.wrong_totals} "
            f"resends={self.resends} ({self.seconds:.1f}s); faults {injected} of "
            f"{self.requests} requests ({share:.0%}: {kinds})"
        )


def _until_done(attempt: Callable[[], bool], limit: int = 20) -> int:
    """Run `attempt` until it reports success; the number of extra sends it needed."""
    for tries in range(limit):
        if attempt():
            return tries
    raise AssertionError(f"gave up after {limit} attempts")


def duel_upserts(count: int, *, legacy: bool = False, quirks: Quirks | None = None) -> Tally:
    """`count` Duel orders by PUT upsert (or legacy POST create with read-back reconciliation)."""
    config = MockConfig(time_scale=SCALE, faults=FAULTS, quirks=quirks or Quirks())
    app: Any = create_app("duel", config=config)
    rng = random.Random(11)
    totals = {f"rel-{n}": round(rng.uniform(1, 500), 2) for n in range(count)}
    resends = 0
    started = time.monotonic()
    with MockServer(app) as server:
        client = duel_client.AuthenticatedClient(
            server.base_url,
            token="demo-token",
            time_scale=SCALE,
            timeout=TIMEOUT,
            retry=DUEL_FAST_RETRY,
        )
        with client:
            for order_id, total in totals.items():
                fields = {"total": total, "currency": "GBP", "email": f"{order_id}@example.com"}

                def upsert(order_id: str = order_id, fields: dict[str, Any] = fields) -> bool:
                    try:
                        upsert_order.sync_detailed(
                            order_id, client=client, body=OrderUpsert.from_dict(fields)
                        )
                        return True
                    except duel_client.errors.APIError:
                        return False  # idempotent: sending it again is safe

                def create(order_id: str = order_id, fields: dict[str, Any] = fields) -> bool:
                    body = DuelOrderCreate.from_dict({"order": order_id, **fields})
                    try:
                        duel_create.sync_detailed(client=client, body=body)
                        return True
                    except duel_client.errors.ConflictError:
                        return True  # an earlier attempt landed
                    except (
                        duel_client.errors.AmbiguousWriteError,
                        duel_client.errors.ServerError,
                        duel_client.errors.RateLimitedError,
                    ):
                        return _landed(order_id)  # read before any resend

                def _landed(order_id: str) -> bool:
                    for _ in range(20):
                        try:
                            duel_get.sync_detailed(order_id, client=client)
                            return True
                        except duel_client.errors.NotFoundError:
                            return False
                        except duel_client.errors.APIError:
                            continue  # the read itself hit a fault; read again
                    return False

                resends += _until_done(create if legacy else upsert)
        stored = app.state.mock.store.orders("demo-brand")
    return _tally(
        "duel legacy create" if legacy else "duel upsert",
        totals,
        {key: value.get("total") for key, value in stored.items()},
        Counter(stored.keys()),
        resends,
        started,
        app,
    )


def duoplane_creates(count: int, *, quirks: Quirks | None = None) -> Tally:
    """`count` Duoplane creates, each reconciled by listing before any resend."""
    config = MockConfig(time_scale=SCALE, faults=FAULTS, quirks=quirks or Quirks())
    app: Any = create_app("duoplane", config=config)
    wanted = {f"rel-{n}": float(n + 1) for n in range(count)}
    resends = 0
    started = time.monotonic()
    with MockServer(app) as server:
        client = duoplane_client.AuthenticatedClient(
            server.base_url,
            username="demo-key",
            password="demo-password",
            time_scale=SCALE,
            timeout=TIMEOUT,
        )
        with client:
            for internal_id, price in wanted.items():
                body = {
                    "internal_id": internal_id,
                    "order_items": [{"name": "w", "quantity": 1, "price": price}],
                }

                def create(body: dict[str, Any] = body) -> bool:
                    try:
                        duoplane_create.sync_detailed(
                            client=client, body=DuoplaneOrderCreate.from_dict(body)
                        )
                        return True
                    except duoplane_client.errors.APIError:
                        return _listed(body["internal_id"])

                def _listed(internal_id: str) -> bool:
                    for _ in range(20):
                        try:
                            return any(
                                getattr(order.attributes, "internal_id", None) == internal_id
                                for order in list_orders.iter_items(client=client)
                            )
                        except duoplane_client.errors.APIError:
                            continue
                    return False

                resends += _until_done(create)
        stored_orders = app.state.mock.store.orders("demo-account").values()
    by_internal = Counter(o["attributes"].get("internal_id") for o in stored_orders)
    prices = {
        o["attributes"].get("internal_id"): o["relationships"]["order_items"][0]["attributes"][
            "price"
        ]
        for o in stored_orders
        if o["attributes"].get("internal_id") in wanted
    }
    return _tally("duoplane create", wanted, prices, by_internal, resends, started, app)


def _tally(
    workload: str,
    wanted: dict[str, float],
    stored_totals: dict[str, Any],
    counts: Counter[str],
    resends: int,
    started: float,
    app: Any,
) -> Tally:
    mine = {key: n for key, n in counts.items() if key in wanted}
    return Tally(
        workload=workload,
        sent=len(wanted),
        stored=len(mine),
        duplicates=sum(n - 1 for n in mine.values()),
        lost=len(set(wanted) - set(mine)),
        wrong_totals=sum(1 for key in mine if stored_totals.get(key) != wanted[key]),
        resends=resends,
        seconds=time.monotonic() - started,
        requests=app.state.mock.served,
        faults=Counter(app.state.mock.injected),
    )
