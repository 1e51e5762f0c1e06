"""Read our `x-clientgen-*` policy out of a resolved spec into the runtime's policy shape.

openapi-python-client ignores root and operation extensions, so this is how overlay policy reaches
the generated package: the result is rendered into `<package>/_policy.py` and validated here by the
same `ClientPolicy.from_dict` the package calls at import time. Which extensions exist, and where,
is `runtime.vocabulary`'s to say: anything else named `x-clientgen-*` is refused (a typo must not
silently turn a policy off).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from .errors import PipelineError
from .runtime.operations import iter_operations
from .runtime.policy import ClientPolicy
from .runtime.vocabulary import (
    AUTH,
    EXTENSIONS,
    IDEMPOTENT,
    PAGINATION,
    RATE_LIMIT,
    RATE_LIMIT_PROFILE,
    RETRY,
    unknown_extensions,
)

IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})
SCHEME_KINDS = {("http", "basic"): "basic", ("http", "bearer"): "bearer"}


class PolicyError(PipelineError, ValueError):
    """A policy extension is missing or malformed; the message names where."""


def _refuse_unknown(
    names: Iterable[object], where: Literal["document", "operation"], at: str
) -> None:
    unknown = unknown_extensions(names, where)
    if unknown:
        raise PolicyError(
            f"{at}{unknown[0]}: unknown extension here (the {where} level knows: "
            f"{', '.join(e.name for e in EXTENSIONS if e.where == where)})"
        )


def _auth(spec: Mapping[str, Any]) -> dict[str, Any]:
    auth = spec.get(AUTH.name)
    if not auth:
        raise PolicyError(f"{AUTH.name}: missing at the document root (add it in the auth overlay)")
    if not isinstance(auth, Mapping):
        raise PolicyError(f"{AUTH.name}: expected a mapping, got {type(auth).__name__}")
    for key in auth:
        if key not in AUTH.required + AUTH.optional:
            allowed = ", ".join(AUTH.required + AUTH.optional)
            raise PolicyError(f"{AUTH.name}.{key}: unknown field (allowed: {allowed})")
    schemes_by_name = spec.get("components", {}).get("securitySchemes", {})
    kinds: list[str] = []
    for requirement in spec.get("security", []):
        for name in requirement:
            scheme = schemes_by_name.get(name)
            if scheme is None:
                raise PolicyError(f"security: scheme {name!r} is not in components.securitySchemes")
            kind = SCHEME_KINDS.get((scheme.get("type"), str(scheme.get("scheme", "")).lower()))
            if kind is None:
                raise PolicyError(
                    f"components.securitySchemes.{name}: only HTTP basic/bearer supported"
                )
            if kind not in kinds:
                kinds.append(kind)
    if not kinds:
        raise PolicyError("security: no root security requirement (add it in the auth overlay)")
    return {
        "default": auth.get("default", kinds[0]),
        "schemes": kinds,
        "require_https": auth.get("require_https", True),
    }


def _operations(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    operations: dict[str, dict[str, Any]] = {}
    for path, method, op in iter_operations(spec):
        op_id = op.get("operationId")
        if not op_id:
            raise PolicyError(f"paths.{path}.{method}: operationId is required")
        _refuse_unknown(op, "operation", f"paths.{path}.{method}.")
        # Passed as written: `OperationPolicy.from_dict` refuses a non-boolean, never coerces.
        entry: dict[str, Any] = {
            "operation_id": op_id,
            "method": method.upper(),
            "path": path,
            "idempotent": op.get(IDEMPOTENT.name, method in IDEMPOTENT_METHODS),
        }
        if PAGINATION.name in op:
            entry["pagination"] = op[PAGINATION.name]
        if RATE_LIMIT_PROFILE.name in op:
            entry["rate_limit_profile"] = op[RATE_LIMIT_PROFILE.name]
        operations[op_id] = entry
    return operations


def extract_policy(spec: Mapping[str, Any], vendor: str) -> dict[str, Any]:
    """Build the `ClientPolicy.from_dict` input for one resolved spec, validating it."""
    _refuse_unknown(spec, "document", "")
    if RETRY.name not in spec:
        raise PolicyError(f"{RETRY.name}: missing at the document root (policy overlay)")
    policy: dict[str, Any] = {
        "vendor": vendor,
        "auth": _auth(spec),
        "rate_limit": spec.get(RATE_LIMIT.name),
        "retry": spec[RETRY.name],
        "operations": _operations(spec),
    }
    try:
        ClientPolicy.from_dict(policy)
    except ValueError as exc:
        raise PolicyError(f"{vendor}: invalid x-clientgen policy: {exc}") from exc
    return policy


def default_base_url(spec: Mapping[str, Any]) -> str:
    """The first server URL: the vendor's production base."""
    servers = spec.get("servers") or []
    if not servers:
        raise PolicyError("servers: at least one server URL is required")
    return str(servers[0]["url"]).rstrip("/")
