"""Immutable client policy (auth, rate limits, retries, pagination) rendered into each package.

The pipeline renders `POLICY = ClientPolicy.from_dict({...})` into `<pkg>/_policy.py`; `from_dict`
validates everything up front so a bad overlay fails at import time with the field named, not
halfway through a request. The keys each part accepts come from `vocabulary`, the one
definition of the `x-clientgen-*` extensions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal, cast

from .vocabulary import AUTH, PAGINATION, RATE_LIMIT, RETRY

__all__ = [
    "AuthPolicy",
    "ClientPolicy",
    "OperationPolicy",
    "PaginationPolicy",
    "RateLimitPolicy",
    "RetryPolicy",
]

AUTH_SCHEMES = frozenset({"basic", "bearer"})
_AUTH_OPTIONAL = tuple(name for name in AUTH.optional if name != "default")


# --- validation helpers -------------------------------------------------------------------


def _fail(path: str, rule: str) -> ValueError:
    return ValueError(f"{path}: {rule}")


def _as_mapping(data: object, path: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise _fail(path, f"expected a mapping, got {type(data).__name__}")
    for key in data:
        if not isinstance(key, str):
            raise _fail(path, f"keys must be strings, got {key!r}")
    return cast(Mapping[str, object], data)


def _check_keys(
    data: Mapping[str, object], path: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> None:
    for name in required:
        if name not in data:
            raise _fail(f"{path}.{name}", "is required")
    allowed = set(required) | set(optional)
    for name in data:
        if name not in allowed:
            raise _fail(f"{path}.{name}", f"unknown field (allowed: {', '.join(sorted(allowed))})")


def _str(data: Mapping[str, object], name: str, path: str) -> str:
    value = data[name]
    if not isinstance(value, str) or not value:
        raise _fail(f"{path}.{name}", f"expected a non-empty string, got {value!r}")
    return value


def _opt_str(data: Mapping[str, object], name: str, path: str) -> str | None:
    if data.get(name) is None:
        return None
    return _str(data, name, path)


def _bool(data: Mapping[str, object], name: str, path: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise _fail(f"{path}.{name}", f"expected true or false, got {value!r}")
    return value


def _int(data: Mapping[str, object], name: str, path: str, *, minimum: int) -> int:
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{path}.{name}", f"expected an integer, got {value!r}")
    if value < minimum:
        raise _fail(f"{path}.{name}", f"must be >= {minimum}, got {value}")
    return value


def _float(data: Mapping[str, object], name: str, path: str, *, positive: bool) -> float:
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(f"{path}.{name}", f"expected a finite number, got {value!r}")
    if positive and value <= 0:
        raise _fail(f"{path}.{name}", f"must be > 0, got {value}")
    if value < 0:
        raise _fail(f"{path}.{name}", f"must be >= 0, got {value}")
    return float(value)


def _opt_float(data: Mapping[str, object], name: str, path: str) -> float | None:
    if data.get(name) is None:
        return None
    return _float(data, name, path, positive=True)


def _str_seq(data: Mapping[str, object], name: str, path: str) -> tuple[str, ...]:
    value = data.get(name, ())
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise _fail(f"{path}.{name}", f"expected a list of strings, got {value!r}")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item:
            raise _fail(f"{path}.{name}[{i}]", f"expected a non-empty string, got {item!r}")
    return tuple(value)


def _positive(value: float, path: str) -> None:
    if not math.isfinite(value) or value <= 0:
        raise _fail(path, f"must be a finite number > 0, got {value!r}")


_PROFILE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
BASE_PROFILE = "default"


def _check_profile_name(name: str, path: str) -> None:
    # Profile names become part of limiter keys (also in Redis), so keep them tame.
    if not _PROFILE_NAME.fullmatch(name):
        raise _fail(f"{path}.{name}", "profile names must match [A-Za-z0-9_-]{1,64}")
    if name == BASE_PROFILE:
        raise _fail(f"{path}.{name}", f"{BASE_PROFILE!r} is reserved for the base bucket")


# --- policies -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthPolicy:
    """Which credential schemes a vendor accepts and whether plain HTTP is refused."""

    default: str
    schemes: tuple[str, ...]
    require_https: bool = True

    def __post_init__(self) -> None:
        if not self.schemes:
            raise _fail("AuthPolicy.schemes", "must list at least one scheme")
        for i, scheme in enumerate(self.schemes):
            if scheme not in AUTH_SCHEMES:
                raise _fail(
                    f"AuthPolicy.schemes[{i}]",
                    f"must be one of {sorted(AUTH_SCHEMES)}, got {scheme!r}",
                )
        if self.default not in self.schemes:
            raise _fail("AuthPolicy.default", f"must be one of {list(self.schemes)}")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> AuthPolicy:
        return cls._from_dict(data, "AuthPolicy")

    @classmethod
    def _from_dict(cls, data: object, path: str) -> AuthPolicy:
        d = _as_mapping(data, path)
        # The extension's keys, with `default` filled in and `schemes` read from the root
        # `security` requirement by the pipeline.
        _check_keys(d, path, ("default", "schemes"), _AUTH_OPTIONAL)
        schemes = _str_seq(d, "schemes", path)
        if not schemes:
            raise _fail(f"{path}.schemes", "must list at least one scheme")
        for i, scheme in enumerate(schemes):
            if scheme not in AUTH_SCHEMES:
                raise _fail(
                    f"{path}.schemes[{i}]", f"must be one of {sorted(AUTH_SCHEMES)}, got {scheme!r}"
                )
        default = _str(d, "default", path)
        if default not in schemes:
            raise _fail(f"{path}.default", f"must be one of {list(schemes)}, got {default!r}")
        return cls(default, schemes, _bool(d, "require_https", path, True))


@dataclass(frozen=True, slots=True)
class RateLimitPolicy:
    """A client-side limit kept below the vendor's so we wait instead of being answered 429.

    `headroom` slots are kept free (for other tools sharing the credential). `profiles` are
    extra, stricter budgets (e.g. Duda's 8/s for batch work): a request under a profile must fit
    both the profile's bucket and this base bucket.
    """

    algorithm: Literal["leaky_bucket", "sliding_window"]
    capacity: int
    leak_per_second: float | None = None
    window_seconds: float | None = None
    remaining_header: str | None = None
    headroom: int = 0
    profiles: Mapping[str, RateLimitPolicy] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.algorithm not in ("leaky_bucket", "sliding_window"):
            raise _fail("RateLimitPolicy.algorithm", f"unknown algorithm {self.algorithm!r}")
        if self.capacity < 1:
            raise _fail("RateLimitPolicy.capacity", f"must be >= 1, got {self.capacity}")
        if not 0 <= self.headroom < self.capacity:
            raise _fail(
                "RateLimitPolicy.headroom",
                f"must be >= 0 and < capacity ({self.capacity}), got {self.headroom}",
            )
        if self.algorithm == "leaky_bucket":
            if self.leak_per_second is None:
                raise _fail("RateLimitPolicy.leak_per_second", "is required for leaky_bucket")
            _positive(self.leak_per_second, "RateLimitPolicy.leak_per_second")
        else:
            if self.window_seconds is None:
                raise _fail("RateLimitPolicy.window_seconds", "is required for sliding_window")
            _positive(self.window_seconds, "RateLimitPolicy.window_seconds")
        for name in self.profiles:
            _check_profile_name(name, "RateLimitPolicy.profiles")
        object.__setattr__(self, "profiles", MappingProxyType(dict(self.profiles)))

    @property
    def usable_capacity(self) -> int:
        """Requests we allow ourselves: the vendor's capacity minus the kept headroom."""
        return self.capacity - self.headroom

    def scaled(self, factor: float) -> RateLimitPolicy:
        """The same policy with time running `factor` times faster (for fast tests)."""
        _positive(factor, "scaled.factor")
        return replace(
            self,
            leak_per_second=None if self.leak_per_second is None else self.leak_per_second * factor,
            window_seconds=None if self.window_seconds is None else self.window_seconds / factor,
            profiles={name: p.scaled(factor) for name, p in self.profiles.items()},
        )

    def profile(self, name: str | None) -> RateLimitPolicy:
        """The policy for a named profile; `None` means this base policy."""
        if name is None:
            return self
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none"
            raise ValueError(
                f"RateLimitPolicy.profiles: unknown profile {name!r} (known: {known})"
            ) from None

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RateLimitPolicy:
        return cls._from_dict(data, "RateLimitPolicy")

    @classmethod
    def _from_dict(cls, data: object, path: str) -> RateLimitPolicy:
        d = _as_mapping(data, path)
        _check_keys(d, path, RATE_LIMIT.required, RATE_LIMIT.optional)
        algorithm = d["algorithm"]
        if algorithm not in ("leaky_bucket", "sliding_window"):
            raise _fail(
                f"{path}.algorithm",
                f"must be 'leaky_bucket' or 'sliding_window', got {algorithm!r}",
            )
        capacity = _int(d, "capacity", path, minimum=1)
        headroom = _int(d, "headroom", path, minimum=0) if "headroom" in d else 0
        if headroom >= capacity:
            raise _fail(f"{path}.headroom", f"must be < capacity ({capacity}), got {headroom}")
        leak = _opt_float(d, "leak_per_second", path)
        window = _opt_float(d, "window_seconds", path)
        if algorithm == "leaky_bucket" and leak is None:
            raise _fail(f"{path}.leak_per_second", "is required for leaky_bucket")
        if algorithm == "sliding_window" and window is None:
            raise _fail(f"{path}.window_seconds", "is required for sliding_window")
        raw_profiles = _as_mapping(d.get("profiles", {}), f"{path}.profiles")
        for name in raw_profiles:
            _check_profile_name(name, f"{path}.profiles")
        profiles = {
            name: cls._from_dict(value, f"{path}.profiles.{name}")
            for name, value in raw_profiles.items()
        }
        return cls(
            algorithm=algorithm,
            capacity=capacity,
            leak_per_second=leak,
            window_seconds=window,
            remaining_header=_opt_str(d, "remaining_header", path),
            headroom=headroom,
            profiles=profiles,
        )


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to retry safe requests: attempts, backoff shape, total time budget."""

    max_retries: int
    initial_backoff: float
    max_backoff: float
    max_elapsed: float
    jitter: float
    retry_on_status: frozenset[int]
    retry_after_headers: tuple[str, ...]
    # How much faster than the vendor's clock ours runs (`scaled`): a server's Retry-After is in
    # vendor seconds, so a time-scaled test waits Retry-After / time_scale. 1 in production.
    time_scale: float = 1.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise _fail("RetryPolicy.max_retries", f"must be >= 0, got {self.max_retries}")
        if self.initial_backoff < 0 or self.max_backoff < self.initial_backoff:
            raise _fail(
                "RetryPolicy.max_backoff",
                f"must be >= initial_backoff ({self.initial_backoff}), got {self.max_backoff}",
            )
        if self.max_elapsed < 0:
            raise _fail("RetryPolicy.max_elapsed", f"must be >= 0, got {self.max_elapsed}")
        if not 0 <= self.jitter <= 1:
            raise _fail("RetryPolicy.jitter", f"must be between 0 and 1, got {self.jitter}")

    def scaled(self, factor: float) -> RetryPolicy:
        """The same policy with every duration divided by `factor` (for fast tests)."""
        _positive(factor, "scaled.factor")
        return replace(
            self,
            initial_backoff=self.initial_backoff / factor,
            max_backoff=self.max_backoff / factor,
            max_elapsed=self.max_elapsed / factor,
            time_scale=self.time_scale * factor,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RetryPolicy:
        return cls._from_dict(data, "RetryPolicy")

    @classmethod
    def _from_dict(cls, data: object, path: str) -> RetryPolicy:
        d = _as_mapping(data, path)
        _check_keys(d, path, RETRY.required, RETRY.optional)
        initial = _float(d, "initial_backoff", path, positive=False)
        maximum = _float(d, "max_backoff", path, positive=False)
        if maximum < initial:
            raise _fail(f"{path}.max_backoff", f"must be >= initial_backoff ({initial})")
        jitter = _float(d, "jitter", path, positive=False)
        if jitter > 1:
            raise _fail(f"{path}.jitter", f"must be a fraction between 0 and 1, got {jitter}")
        raw_status = d["retry_on_status"]
        if not isinstance(raw_status, list | tuple | set | frozenset):
            raise _fail(f"{path}.retry_on_status", "expected a list of status codes")
        statuses: set[int] = set()
        for code in raw_status:
            if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
                raise _fail(f"{path}.retry_on_status", f"not an HTTP status code: {code!r}")
            statuses.add(code)
        return cls(
            max_retries=_int(d, "max_retries", path, minimum=0),
            initial_backoff=initial,
            max_backoff=maximum,
            max_elapsed=_float(d, "max_elapsed", path, positive=False),
            jitter=jitter,
            retry_on_status=frozenset(statuses),
            retry_after_headers=_str_seq(d, "retry_after_headers", path),
        )


@dataclass(frozen=True, slots=True)
class PaginationPolicy:
    """Where a list operation keeps its paging parameters, items and "more pages" signals."""

    style: Literal["page", "offset"]
    items_field: str
    page_param: str | None
    size_param: str | None
    offset_param: str | None
    limit_param: str | None
    max_size: int
    has_next_header: str | None
    total_header: str | None
    total_field: str | None

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PaginationPolicy:
        return cls._from_dict(data, "PaginationPolicy")

    @classmethod
    def _from_dict(cls, data: object, path: str) -> PaginationPolicy:
        d = _as_mapping(data, path)
        optional = PAGINATION.optional  # every one a string
        _check_keys(d, path, PAGINATION.required, optional)
        style = d["style"]
        if style == "page":
            needed: tuple[str, ...] = ("page_param", "size_param")
        elif style == "offset":
            needed = ("offset_param", "limit_param")
        else:
            raise _fail(f"{path}.style", f"must be 'page' or 'offset', got {style!r}")
        for name in needed:
            if d.get(name) is None:
                raise _fail(f"{path}.{name}", f"is required for style {style!r}")
        opt = {name: _opt_str(d, name, path) for name in optional}
        return cls(
            style=style,
            items_field=_str(d, "items_field", path),
            page_param=opt["page_param"],
            size_param=opt["size_param"],
            offset_param=opt["offset_param"],
            limit_param=opt["limit_param"],
            max_size=_int(d, "max_size", path, minimum=1),
            has_next_header=opt["has_next_header"],
            total_header=opt["total_header"],
            total_field=opt["total_field"],
        )


_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True, slots=True)
class OperationPolicy:
    """Per-operation facts the transport needs: is it safe to retry, which limiter profile."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    pagination: PaginationPolicy | None = None
    rate_limit_profile: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OperationPolicy:
        return cls._from_dict(data, "OperationPolicy")

    @classmethod
    def _from_dict(cls, data: object, path: str) -> OperationPolicy:
        d = _as_mapping(data, path)
        _check_keys(
            d,
            path,
            ("operation_id", "method", "path", "idempotent"),
            ("pagination", "rate_limit_profile"),
        )
        method = _str(d, "method", path).upper()
        if method not in _METHODS:
            raise _fail(f"{path}.method", f"must be one of {sorted(_METHODS)}, got {method!r}")
        if not isinstance(d["idempotent"], bool):
            raise _fail(f"{path}.idempotent", f"expected true or false, got {d['idempotent']!r}")
        raw_pagination = d.get("pagination")
        pagination = (
            None
            if raw_pagination is None
            else PaginationPolicy._from_dict(raw_pagination, f"{path}.pagination")
        )
        return cls(
            operation_id=_str(d, "operation_id", path),
            method=method,
            path=_str(d, "path", path),
            idempotent=d["idempotent"],
            pagination=pagination,
            rate_limit_profile=_opt_str(d, "rate_limit_profile", path),
        )


@dataclass(frozen=True, slots=True)
class ClientPolicy:
    """Everything a generated package's transport needs to behave like a production SDK."""

    vendor: str
    auth: AuthPolicy
    rate_limit: RateLimitPolicy | None
    retry: RetryPolicy
    operations: Mapping[str, OperationPolicy] = field(hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "operations", MappingProxyType(dict(self.operations)))

    def operation(self, operation_id: str | None) -> OperationPolicy | None:
        """The operation's policy, or None when unknown (the transport then guesses by method)."""
        if operation_id is None:
            return None
        return self.operations.get(operation_id)

    def scaled(self, factor: float) -> ClientPolicy:
        """Rate limit and retry timings with time running `factor` times faster."""
        return replace(
            self,
            rate_limit=None if self.rate_limit is None else self.rate_limit.scaled(factor),
            retry=self.retry.scaled(factor),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ClientPolicy:
        path = "ClientPolicy"
        d = _as_mapping(data, path)
        _check_keys(d, path, ("vendor", "auth", "retry", "operations"), ("rate_limit",))
        raw_rate = d.get("rate_limit")
        rate_limit = (
            None if raw_rate is None else RateLimitPolicy._from_dict(raw_rate, f"{path}.rate_limit")
        )
        raw_ops = _as_mapping(d["operations"], f"{path}.operations")
        operations: dict[str, OperationPolicy] = {}
        for key, value in raw_ops.items():
            op_path = f"{path}.operations.{key}"
            op = OperationPolicy._from_dict(value, op_path)
            if op.operation_id != key:
                raise _fail(
                    f"{op_path}.operation_id",
                    f"must equal its key {key!r}, got {op.operation_id!r}",
                )
            if op.rate_limit_profile is not None and (
                rate_limit is None or op.rate_limit_profile not in rate_limit.profiles
            ):
                raise _fail(
                    f"{op_path}.rate_limit_profile",
                    f"unknown profile {op.rate_limit_profile!r} (not in rate_limit.profiles)",
                )
            operations[key] = op
        return cls(
            vendor=_str(d, "vendor", path),
            auth=AuthPolicy._from_dict(d["auth"], f"{path}.auth"),
            rate_limit=rate_limit,
            retry=RetryPolicy._from_dict(d["retry"], f"{path}.retry"),
            operations=operations,
        )
