"""Credentials that cannot leak through repr, str, logs or exception messages.

Also derives the non-reversible key that names a credential's rate-limit bucket, and refuses to
send credentials over plain HTTP to anything but the local machine.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
from collections.abc import Generator

import httpx

from .errors import InsecureTransportError

__all__ = ["BasicAuth", "BearerAuth", "Secret", "check_base_url", "credential_key"]

_MASK = "***"


class Secret:
    """A string that shows as `***` everywhere except through `.reveal()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret: value must be a str")
        self._value = value

    def reveal(self) -> str:
        """The real value; call only where it goes on the wire."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Secret: refusing to pickle a credential")


def _as_secret(value: str | Secret, name: str) -> Secret:
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected a str")
    return Secret(value)


class BasicAuth(httpx.Auth):
    """HTTP Basic auth (Duoplane API key/password, Duda API user/password, Duel)."""

    def __init__(self, username: str | Secret, password: str | Secret) -> None:
        self._username = _as_secret(username, "BasicAuth.username")
        self._password = _as_secret(password, "BasicAuth.password")
        # Encoded once (as httpx.BasicAuth does), kept masked like the parts it is made of.
        raw = f"{self._username.reveal()}:{self._password.reveal()}".encode()
        self._header = Secret("Basic " + base64.b64encode(raw).decode("ascii"))

    @property
    def username(self) -> Secret:
        """Read-only: the header is encoded from it once; build a new BasicAuth to change it."""
        return self._username

    @property
    def password(self) -> Secret:
        return self._password

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header.reveal()
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(username='{_MASK}', password='{_MASK}')"


class BearerAuth(httpx.Auth):
    """HTTP Bearer token auth (Duel's Open API)."""

    def __init__(self, token: str | Secret) -> None:
        self._token = _as_secret(token, "BearerAuth.token")
        self._header = Secret(f"Bearer {self._token.reveal()}")

    @property
    def token(self) -> Secret:
        """Read-only: the header is built from it once; build a new BearerAuth to change it."""
        return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header.reveal()
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(token='{_MASK}')"


def credential_key(auth: BasicAuth | BearerAuth | None) -> str:
    """A stable, non-reversible name for a credential, used to key its rate-limit bucket.

    Rate limits are per API user, so Basic auth is keyed by the username (the API user/key) and
    Bearer by the token; the value is a truncated SHA-256, never the credential itself.
    """
    if auth is None:
        return "anonymous"
    if isinstance(auth, BasicAuth):
        material = "basic\0" + auth.username.reveal()
    elif isinstance(auth, BearerAuth):
        material = "bearer\0" + auth.token.reveal()
    else:
        raise TypeError(f"credential_key: expected BasicAuth, BearerAuth or None, got {type(auth).__name__}")
    return hashlib.sha256(material.encode()).hexdigest()[:16]


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, *, has_credentials: bool, require_https: bool) -> None:
    """Refuse to send credentials over anything but HTTPS, except to the local machine, and any
    base URL that carries credentials of its own (userinfo).

    The message names the scheme and host only, never userinfo or the query string.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise InsecureTransportError("base_url: not a valid URL") from None
    scheme = url.scheme.lower()
    if scheme not in ("http", "https") or not url.host:
        raise InsecureTransportError(f"base_url: must be an absolute http(s) URL, got scheme {scheme or '(none)'!r}")
    if url.userinfo:
        # It would ride in every request, in reprs and in httpx's log lines: never accept it.
        raise InsecureTransportError(
            "base_url: must not carry credentials (user:password@host); pass them as the "
            "client's username/password or token instead"
        )
    if not has_credentials or not require_https or scheme == "https":
        return
    if is_loopback_host(url.host):
        return
    raise InsecureTransportError(
        f"base_url: refusing to send credentials over plain http to {url.host!r}; "
        "use https (plain http is only allowed for loopback hosts)"
    )
