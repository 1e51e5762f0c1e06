"""In-memory state, partitioned by tenant, with a deep-copy snapshot for "state unchanged" tests.

Objects are stored as JSON-shaped dicts exactly as the API returns them, keyed by their id. Ids are
numbered per collection across all tenants, so two tenants never share an id and "another tenant's
id" is always a real object that must still answer 404.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable, Iterable
from typing import Any

JSON = Any
Snapshot = dict[str, dict[str, dict[str, JSON]]]


class Store:
    """tenant -> collection name -> id -> object."""

    def __init__(self, tenants: Iterable[str], seed: Callable[[Store], None] | None = None) -> None:
        self.tenants: tuple[str, ...] = tuple(tenants)
        self._seed = seed
        self.lock = threading.RLock()
        self._data: Snapshot = {}
        self._counters: dict[str, itertools.count[int]] = {}
        self.reset()

    def reset(self) -> None:
        """Forget everything and re-seed the demo data."""
        with self.lock:
            self._data = {tenant: {} for tenant in self.tenants}
            self._counters = {}
            if self._seed is not None:
                self._seed(self)

    def collection(self, tenant: str, name: str) -> dict[str, JSON]:
        """The live mapping id -> object (mutate it under `lock`)."""
        try:
            collections = self._data[tenant]
        except KeyError:
            raise KeyError(f"unknown tenant {tenant!r}; known: {', '.join(self.tenants)}") from None
        return collections.setdefault(name, {})

    def orders(self, tenant: str) -> dict[str, JSON]:
        return self.collection(tenant, "orders")

    def next_id(self, name: str, start: int = 1) -> int:
        """A fresh id for `name`, unique across tenants."""
        with self.lock:
            counter = self._counters.setdefault(name, itertools.count(start))
            return next(counter)

    def snapshot(self) -> Snapshot:
        """A deep copy of all state; equal snapshots prove a request changed nothing.

        Empty collections are left out: reading one creates it, which is not a change.
        """
        with self.lock:
            return {
                tenant: {name: copy.deepcopy(items) for name, items in named.items() if items}
                for tenant, named in self._data.items()
            }
