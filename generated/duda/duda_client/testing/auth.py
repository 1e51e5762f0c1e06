"""Tenants and demo credentials, and checking an Authorization header against them.

Each credential belongs to exactly one tenant (a Duel brand, a Duoplane account, a Duda site), and
every handler reads and writes only its tenant's data. Secrets never appear in a repr or an error.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ._vendors import VENDORS

Scheme = Literal["basic", "bearer"]

# The first tenant of each vendor is the registry's demo account (the READMEs sign in with it).
TENANTS: dict[str, tuple[str, str]] = {
    "duel": (VENDORS["duel"].demo.tenant, "other-brand"),
    "duoplane": (VENDORS["duoplane"].demo.tenant, "other-account"),
    "duda": (VENDORS["duda"].demo.tenant, "other-site"),
}


@dataclass(frozen=True, slots=True)
class Credential:
    """One API user's secret. `principal` names the API user (the rate-limit key)."""

    tenant: str
    principal: str
    scheme: Scheme
    username: str = ""
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)

    @property
    def authorization(self) -> str:
        """The Authorization header value that presents this credential."""
        if self.scheme == "bearer":
            return f"Bearer {self.token}"
        raw = f"{self.username}:{self.password}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": self.authorization}

    @property
    def httpx_auth(self) -> tuple[str, str] | None:
        """(user, password) for `httpx.BasicAuth`; None for a bearer token."""
        return (self.username, self.password) if self.scheme == "basic" else None


def _basic(tenant: str, user: str, password: str, principal: str | None = None) -> Credential:
    return Credential(tenant, principal or user, "basic", username=user, password=password)


def _bearer(tenant: str, token: str, principal: str) -> Credential:
    return Credential(tenant, principal, "bearer", token=token)


def _demo(vendor: str) -> Credential:
    demo = VENDORS[vendor].demo
    return _basic(demo.tenant, demo.username, demo.password)


# Demo credentials: two tenants per vendor. Duel accepts Basic and Bearer for the same API user.
DUEL_DEMO_BASIC = _demo("duel")
DUEL_DEMO_BEARER = _bearer(DUEL_DEMO_BASIC.tenant, "demo-token", principal=DUEL_DEMO_BASIC.principal)
DUEL_OTHER_BASIC = _basic("other-brand", "other-user", "other-password")
DUEL_OTHER_BEARER = _bearer("other-brand", "other-token", principal="other-user")
DUOPLANE_DEMO = _demo("duoplane")
DUOPLANE_OTHER = _basic("other-account", "other-key", "other-password")
DUDA_DEMO = _demo("duda")
DUDA_OTHER = _basic("other-site", "other-user", "other-password")

DEMO_CREDENTIALS: dict[str, tuple[Credential, ...]] = {
    "duel": (DUEL_DEMO_BASIC, DUEL_DEMO_BEARER, DUEL_OTHER_BASIC, DUEL_OTHER_BEARER),
    "duoplane": (DUOPLANE_DEMO, DUOPLANE_OTHER),
    "duda": (DUDA_DEMO, DUDA_OTHER),
}


def demo_credential(vendor: str, tenant: int = 0, scheme: Scheme | None = None) -> Credential:
    """The demo credential of the vendor's first (0) or second (1) tenant."""
    wanted = TENANTS[vendor][tenant]
    for credential in DEMO_CREDENTIALS[vendor]:
        if credential.tenant == wanted and scheme in (None, credential.scheme):
            return credential
    raise LookupError(f"{vendor}: no {scheme or 'demo'} credential for tenant {wanted!r}")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who made an authenticated request."""

    tenant: str
    principal: str
    scheme: Scheme


_MALFORMED = "malformed Basic credentials: expected base64 of user:password"


class AuthError(Exception):
    """The request has no usable credentials; the message never contains the secret."""


class Authenticator:
    """Matches an Authorization header against known credentials, constant-time per secret."""

    def __init__(self, credentials: Iterable[Credential]) -> None:
        self._basic: list[Credential] = []
        self._bearer: list[Credential] = []
        for credential in credentials:
            (self._bearer if credential.scheme == "bearer" else self._basic).append(credential)

    def authenticate(self, header: str | None, accepted: Iterable[Scheme]) -> Principal:
        schemes = set(accepted)
        names = " or ".join(sorted(s.title() for s in schemes))
        if not header:
            raise AuthError(f"missing credentials: send an Authorization header ({names})")
        kind, _, value = header.strip().partition(" ")
        kind = kind.lower()
        if kind not in schemes:
            raise AuthError(f"unsupported authorization scheme: this API accepts {names}")
        value = value.strip()
        if kind == "bearer":
            return self._check_bearer(value)
        return self._check_basic(value)

    def _check_bearer(self, token: str) -> Principal:
        found: Credential | None = None
        for credential in self._bearer:
            if hmac.compare_digest(credential.token.encode(), token.encode()):
                found = credential
        if found is None:
            raise AuthError("invalid bearer token")
        return Principal(found.tenant, found.principal, "bearer")

    def _check_basic(self, encoded: str) -> Principal:
        try:
            decoded = base64.b64decode(encoded.encode("ascii"), validate=True).decode("utf-8")
        except (ValueError, binascii.Error, UnicodeError):
            raise AuthError(_MALFORMED) from None
        user, sep, password = decoded.partition(":")
        if not sep:
            raise AuthError(_MALFORMED)
        found: Credential | None = None
        for credential in self._basic:
            user_ok = hmac.compare_digest(credential.username.encode(), user.encode())
            password_ok = hmac.compare_digest(credential.password.encode(), password.encode())
            if user_ok and password_ok:
                found = credential
        if found is None:
            raise AuthError("invalid API user or password")
        return Principal(found.tenant, found.principal, "basic")


def schemes_from_spec(spec: Mapping[str, object]) -> dict[str, Scheme]:
    """securitySchemes name -> "basic" / "bearer" for the HTTP schemes the spec declares."""
    components = spec.get("components")
    declared = components.get("securitySchemes", {}) if isinstance(components, Mapping) else {}
    result: dict[str, Scheme] = {}
    if isinstance(declared, Mapping):
        for name, scheme in declared.items():
            if isinstance(scheme, Mapping) and scheme.get("type") == "http":
                kind = str(scheme.get("scheme", "")).lower()
                if kind == "basic":
                    result[str(name)] = "basic"
                elif kind == "bearer":
                    result[str(name)] = "bearer"
    return result
