"""Bulk Duoplane creates against the mock's real (time-scaled) leaky bucket: ours vs retry-only.

The baseline behaves like Stainless/Fern-generated SDKs: send at once, and on a 429 sleep for
Retry-After (or an exponential backoff) and send again.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any

import duoplane_client
import httpx
from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer
from duoplane_client import InMemoryStore
from duoplane_client.api.orders import create_order
from duoplane_client.models import OrderCreate

from bench.common import Row

SCALE = 5.0  # vendor time 5x: the bucket leaks 10/s, far below what the mock serves (hundreds/s)
CAPACITY, LEAK = 40, 2.0


@dataclass
class Trace:
    """When each response came back, its status and the bucket level it reported."""

    started: float = field(default_factory=time.monotonic)
    times: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)

    def record(self, response: httpx.Response) -> None:
        self.times.append(time.monotonic() - self.started)
        self.statuses.append(response.status_code)
        left = response.headers.get("Duoplane-Requests-Left")
        self.levels.append(CAPACITY - int(left) if left is not None else -1)


class TracingTransport(httpx.HTTPTransport):
    def __init__(self, trace: Trace) -> None:
        super().__init__()
        self.trace = trace

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.trace.record(response)
        return response


def minimum_seconds(n: int) -> float:
    """No client can finish faster: a full bucket at once, then the leak rate (scaled)."""
    return max(0, n - CAPACITY) / (LEAK * SCALE)


def ours(base_url: str, n: int) -> Trace:
    trace = Trace()
    client = duoplane_client.AuthenticatedClient(
        base_url,
        username="demo-key",
        password="demo-password",
        time_scale=SCALE,
        limiter_store=InMemoryStore(),
        transport=TracingTransport(trace),
    )
    with client:
        for i in range(n):
            body = OrderCreate.from_dict({"internal_id": f"ours-{i}"})
            create_order.sync_detailed(client=client, body=body)
    return trace


def retry_only(base_url: str, n: int) -> Trace:
    trace = Trace()
    rng = random.Random(1)
    with httpx.Client(
        base_url=base_url,
        auth=("other-key", "other-password"),
        transport=TracingTransport(trace),
    ) as client:
        for i in range(n):
            for attempt in range(50):
                response = client.post("/api/orders", json={"internal_id": f"base-{i}"})
                if response.status_code != 429:
                    break
                after = response.headers.get("Retry-After")
                wait = float(after) if after else min(8.0, 0.5 * 2**attempt) / SCALE
                time.sleep(wait * (1 + 0.25 * rng.random()))
    return trace


def plot(ours_trace: Trace, base_trace: Trace, path: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    for trace, label in ((ours_trace, "ours (limiter)"), (base_trace, "retry-only baseline")):
        top.plot(trace.times, range(1, len(trace.times) + 1), label=label)
        ok = [(t, lv) for t, lv, s in zip(trace.times, trace.levels, trace.statuses, strict=True)]
        bottom.plot([t for t, _ in ok], [lv for _, lv in ok], ".", markersize=3, label=label)
        rejected = [t for t, s in zip(trace.times, trace.statuses, strict=True) if s == 429]
        if rejected:
            bottom.plot(
                rejected, [CAPACITY] * len(rejected), "x", color="red", label=f"429 ({label})"
            )
    top.set_ylabel("responses received")
    top.legend()
    bottom.axhline(CAPACITY, color="grey", linestyle="--", linewidth=1)
    bottom.set_ylabel("bucket level (40 - Requests-Left)")
    bottom.set_xlabel(f"real seconds (vendor time runs {SCALE:g}x faster)")
    bottom.legend(fontsize=8)
    fig.suptitle("Duoplane leaky bucket (40, 2/s): bulk creates")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def run(n: int, plot_path: Any | None = None) -> Row:
    app: Any = create_app("duoplane", config=MockConfig(time_scale=SCALE, seed_data=False))
    with MockServer(app) as server:
        ours_trace = ours(server.base_url, n)
        base_trace = retry_only(server.base_url, n)  # another API user: its own bucket
    floor = minimum_seconds(n)
    ours_util = floor / ours_trace.times[-1]
    base_util = floor / base_trace.times[-1]
    ours_429, base_429 = ours_trace.statuses.count(429), base_trace.statuses.count(429)
    if plot_path is not None:
        plot(ours_trace, base_trace, plot_path)
    return Row(
        name=f"rate-limit utilisation, {n} Duoplane creates",
        ours=f"{ours_util:.1%} of max, {ours_429} x 429",
        baseline=f"{base_util:.1%} of max, {base_429} x 429",
        ratio=ours_util / base_util,
        target=">= 95% of max, 0 x 429",
        met=ours_util >= 0.95 and ours_429 == 0,
    )
