"""The `x-clientgen-*` vocabulary, defined once: every extension, where it goes, its keys.

`policy.ClientPolicy.from_dict` checks keys against it, the pipeline's `policy_extract` reads
the spec by it (and refuses an extension or key it does not list), and the tables of
`docs/policy-extensions.md` are rendered from it (`python -m clientgen vocabulary --write`;
a unit test fails when they drift). Add or change a key here, and only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "AUTH",
    "EXTENSIONS",
    "IDEMPOTENT",
    "PAGINATION",
    "PREFIX",
    "RATE_LIMIT",
    "RATE_LIMIT_PROFILE",
    "RETRY",
    "Extension",
    "Key",
    "extension",
    "unknown_extensions",
]

PREFIX = "x-clientgen-"


@dataclass(frozen=True, slots=True)
class Key:
    """One key of an object-valued extension."""

    name: str
    type: str  # as the docs show it
    meaning: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class Extension:
    """One `x-clientgen-*` extension: at the document root or on an operation."""

    name: str
    where: Literal["document", "operation"]
    overlay: Literal["auth", "policy"]
    type: str
    meaning: str
    keys: tuple[Key, ...] = ()

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.keys if k.required)

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.keys if not k.required)


AUTH = Extension(
    "x-clientgen-auth",
    "document",
    "auth",
    "object",
    "which credential scheme the client uses and whether plain HTTP is refused",
    (
        Key(
            "default",
            "`basic` \\| `bearer`",
            "scheme used when the caller's arguments do not imply one (default: the first scheme "
            "the root `security` requirement names)",
        ),
        Key(
            "require_https",
            "boolean (default true)",
            "refuse `http://` base URLs with credentials unless the host is loopback",
        ),
    ),
)

_RATE_LIMIT_KEYS = (
    Key(
        "algorithm",
        "`leaky_bucket` \\| `sliding_window`",
        "how the client-side limiter counts",
        required=True,
    ),
    Key(
        "capacity",
        "integer",
        "bucket size (leaky bucket) or requests per window (sliding window)",
        required=True,
    ),
    Key("leak_per_second", "number", "leaky bucket (required there): how fast the bucket drains"),
    Key("window_seconds", "number", "sliding window (required there): the window length"),
    Key(
        "remaining_header",
        "string",
        "response header with the vendor's count of requests left; the limiter raises its "
        "level to match (never lowers it)",
    ),
    Key(
        "headroom",
        "integer (default 0)",
        "slots kept free below `capacity`, for clock skew and requests in flight",
    ),
    Key(
        "profiles",
        "map name -> same shape",
        "stricter limits selected per operation (`x-clientgen-rate-limit-profile`); a request "
        "under a profile must fit both its bucket and the base one",
    ),
)

RATE_LIMIT = Extension(
    "x-clientgen-rate-limit",
    "document",
    "policy",
    "object",
    "the client-side limit, kept below the vendor's so the client waits instead of being "
    "answered 429",
    _RATE_LIMIT_KEYS,
)

RETRY = Extension(
    "x-clientgen-retry",
    "document",
    "policy",
    "object",
    "how hard safe requests are retried, and the time a call may take",
    (
        Key(
            "max_retries",
            "integer",
            "retries after the first attempt (429 refusals do not count: they are bounded by "
            "`max_elapsed`, and each waits at least `min(initial_backoff, max_elapsed / 1000)` "
            "whatever its header says)",
            required=True,
        ),
        Key("initial_backoff", "seconds", "exponential backoff starts here", required=True),
        Key("max_backoff", "seconds", "and is capped here (>= `initial_backoff`)", required=True),
        Key(
            "max_elapsed",
            "seconds",
            "the call's time budget from its first attempt: no retry is scheduled past it, a "
            "retry gets only what is left of it (and is not sent with under a tenth of its "
            "timeout left), and limiter-store calls share the deadline. A call ends within the "
            "larger of the client's timeout and `max_elapsed`",
            required=True,
        ),
        Key("jitter", "fraction 0..1", "random spread taken off each backoff", required=True),
        Key(
            "retry_on_status",
            "integer list",
            "statuses retried, for idempotent operations only; 429 for every operation "
            "(nothing was applied)",
            required=True,
        ),
        Key(
            "retry_after_headers",
            "string list",
            "headers giving the wait, first present wins, ahead of backoff",
            required=True,
        ),
    ),
)

IDEMPOTENT = Extension(
    "x-clientgen-idempotent",
    "operation",
    "policy",
    "boolean",
    "overrides the method default (GET/HEAD/OPTIONS/PUT/DELETE idempotent; POST/PATCH not). "
    "Only idempotent operations are retried after the request may have reached the server; any "
    "operation is retried after a connection error that happened before sending, and after a "
    "429",
)

PAGINATION = Extension(
    "x-clientgen-pagination",
    "operation",
    "policy",
    "object",
    "makes the generator emit `iter_pages`/`iter_items` (and async) for the operation",
    (
        Key("style", "`page` \\| `offset`", "how the list pages", required=True),
        Key("items_field", "string", "the list in the response body", required=True),
        Key("max_size", "integer", "default page size and upper bound", required=True),
        Key("page_param", "string", "page style (required there): the page number parameter"),
        Key("size_param", "string", "page style (required there): the page size parameter"),
        Key("offset_param", "string", "offset style (required there): the offset parameter"),
        Key("limit_param", "string", "offset style (required there): the page size parameter"),
        Key("has_next_header", "string", "page style: continue while this header is true"),
        Key("total_header", "string", "informational: the header with the total count"),
        Key("total_field", "string", "offset style: the body's total count"),
    ),
)

RATE_LIMIT_PROFILE = Extension(
    "x-clientgen-rate-limit-profile",
    "operation",
    "policy",
    "string",
    "use `x-clientgen-rate-limit.profiles[name]` for this operation",
)

EXTENSIONS: tuple[Extension, ...] = (
    AUTH,
    RATE_LIMIT,
    RETRY,
    IDEMPOTENT,
    PAGINATION,
    RATE_LIMIT_PROFILE,
)
_BY_NAME = {e.name: e for e in EXTENSIONS}


def extension(name: str) -> Extension:
    """The extension called `name`; KeyError naming the known ones otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(
            f"{name}: not an x-clientgen extension (known: {sorted(_BY_NAME)})"
        ) from None


def unknown_extensions(
    names: Iterable[object], where: Literal["document", "operation"]
) -> list[str]:
    """The `x-clientgen-*` names among `names` that the vocabulary has no extension for at
    `where` (a typo, or an extension put at the wrong level)."""
    known = {e.name for e in EXTENSIONS if e.where == where}
    return sorted(
        n for n in names if isinstance(n, str) and n.startswith(PREFIX) and n not in known
    )
