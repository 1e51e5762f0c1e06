"""Read our `x-clientgen-*` policy out of a resolved spec into the runtime's policy shape.

openapi-python-client ignores root and operation extensions, so this is how overlay policy reaches
the generated package: the result is rendered into `<package>/_policy.py` and validated here by the
same `ClientPolicy.from_dict` the package calls at import time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .errors import PipelineError
from .runtime.policy import ClientPolicy

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})
SCHEME_KINDS = {("http", "basic"): "basic", ("http", "bearer"): "bearer"}


class PolicyError(PipelineError, ValueError):
    """A policy extension is missing or malformed; the message names where."""


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def _auth(spec: Mapping[str, Any]) -> dict[str, Any]:
    auth = dict(spec.get("x-clientgen-auth") or {})
    if not auth:
        raise PolicyError(
            "x-clientgen-auth: missing at the document root (add it in the auth overlay)"
        )
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
        entry: dict[str, Any] = {
            "operation_id": op_id,
            "method": method.upper(),
            "path": path,
            "idempotent": bool(op.get("x-clientgen-idempotent", method in IDEMPOTENT_METHODS)),
        }
        if "x-clientgen-pagination" in op:
            entry["pagination"] = dict(op["x-clientgen-pagination"])
        if "x-clientgen-rate-limit-profile" in op:
            entry["rate_limit_profile"] = op["x-clientgen-rate-limit-profile"]
        operations[op_id] = entry
    return operations


def extract_policy(spec: Mapping[str, Any], vendor: str) -> dict[str, Any]:
    """Build the `ClientPolicy.from_dict` input for one resolved spec, validating it."""
    if "x-clientgen-retry" not in spec:
        raise PolicyError("x-clientgen-retry: missing at the document root (policy overlay)")
    policy: dict[str, Any] = {
        "vendor": vendor,
        "auth": _auth(spec),
        "rate_limit": spec.get("x-clientgen-rate-limit"),
        "retry": dict(spec["x-clientgen-retry"]),
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
