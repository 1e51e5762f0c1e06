"""What observers (hooks, traces, error messages) may see of a request: no credential in it.

A URL loses its userinfo and the values of query parameters with a secret-looking name; a
header with a secret-looking name keeps its name with the value masked. Values are replaced by
`REDACTED`, the word the OpenTelemetry HTTP conventions use for `url.full`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

from .errors import SECRET_NAME

__all__ = ["REDACTED", "origin", "port_of", "safe_headers", "safe_url"]

REDACTED = "REDACTED"
# Besides SECRET_NAME: cookies, and the signed-URL parameters the OpenTelemetry conventions name.
_SECRET_HEADER = re.compile(r"cookie", re.I)
_SECRET_QUERY = re.compile(r"^(sig|signature|awsaccesskeyid|x-goog-signature)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _secret(name: str) -> bool:
    return bool(SECRET_NAME.search(name.replace("-", "_")))


def safe_url(url: httpx.URL) -> str:
    """`url` without userinfo or fragment, secret query values shown as REDACTED."""
    params = [
        (name, REDACTED if _secret(name) or _SECRET_QUERY.match(name) else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(userinfo=b"", fragment=None, params=params))


def safe_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The headers by lower-case name, secret values (Authorization, cookies, keys) REDACTED."""
    shown: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        secret = _secret(key) or _SECRET_HEADER.search(key)
        value = REDACTED if secret else value
        shown[key] = f"{shown[key]}, {value}" if key in shown else value
    return shown


def port_of(url: httpx.URL) -> int | None:
    """The port `url` goes to, the scheme's default when it names none."""
    return url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)


def origin(url: httpx.URL) -> str:
    """`scheme://host:port` of `url` (the default port spelled out), never userinfo."""
    port = port_of(url)
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{url.scheme}://{host}" + (f":{port}" if port is not None else "")
