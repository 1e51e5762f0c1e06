"""RFC 3986 URI-reference syntax check for the schema's `format: uri-reference` (`extends`).

jsonschema only asserts `uri-reference` when an optional package is installed; checking it here
keeps validation identical on every machine.
"""

from __future__ import annotations

import re

_PCT = r"%[0-9A-Fa-f]{2}"
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"

_SPLIT = re.compile(
    r"\A(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"
    r"(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?\Z",
    re.DOTALL,
)
_SCHEME = re.compile(r"\A[A-Za-z][A-Za-z0-9+\-.]*\Z")
_AUTHORITY = re.compile(
    rf"\A(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?"
    rf"(?:\[[0-9A-Fa-f:.vV{_UNRESERVED}{_SUB_DELIMS}]*\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)"
    r"(?::[0-9]*)?\Z"
)
_PATH = re.compile(rf"\A(?:{_PCHAR}|/)*\Z")
_QUERY_OR_FRAGMENT = re.compile(rf"\A(?:{_PCHAR}|[/?])*\Z")


def is_uri_reference(value: object) -> bool:
    """True for a URI or relative reference (RFC 3986 4.1); non-strings are left to `type`."""
    if not isinstance(value, str):
        return True
    match = _SPLIT.match(value)
    if match is None:
        return False
    scheme, authority, path, query, fragment = match.group(
        "scheme", "authority", "path", "query", "fragment"
    )
    if scheme is not None and not _SCHEME.match(scheme):
        # "1x:y" is no scheme; as a relative path its first segment may not hold a colon.
        return False
    if authority is not None and not _AUTHORITY.match(authority):
        return False
    if scheme is None and authority is None and ":" in path.split("/", 1)[0]:
        # A relative reference's first segment may not hold a colon (RFC 3986 4.2,
        # path-noscheme): "://invalid-url" and "a:b" without a valid scheme are refused.
        return False
    if not _PATH.match(path):
        return False
    return all(
        part is None or _QUERY_OR_FRAGMENT.match(part) is not None for part in (query, fragment)
    )
