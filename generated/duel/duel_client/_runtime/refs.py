"""Local JSON References in a resolved spec: the one walker the pipeline, runtime and mocks share.

`{"$ref": "#/components/schemas/Order"}` is a URI fragment holding an RFC 6901 JSON Pointer:
percent-decoded first, then split on `/`, each token unescaped (`~1` -> `/`, `~0` -> `~`).
Chains are followed to the first node that is not a reference; a cycle, a missing target or a
reference into another document raises `RefError` naming the reference chain. Our resolved specs
hold local references only, so anything else is a bug in an input, never silently passed on.
Parsed references are cached (they are few and repeat on every request a mock or client checks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

__all__ = ["RefError", "escape", "fragment", "locate", "lookup", "pointer", "resolve", "target"]

_FRAGMENT_SAFE = "/~!$&'()*+,;=:@-._"  # RFC 3986 pchar without percent-encoding, plus "/"


class RefError(ValueError):
    """A `$ref` or JSON Pointer that leads nowhere: not local, a missing target, or a cycle."""


def escape(token: str) -> str:
    """A reference token as a JSON Pointer writes it (`application/json` -> `application~1json`)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(tokens: Iterable[object]) -> str:
    """The JSON Pointer of a path of keys and indices (`["paths", "/a", 0]` -> `/paths/~1a/0`)."""
    return "".join("/" + escape(str(token)) for token in tokens)


def fragment(json_pointer: str) -> str:
    """`json_pointer` as a URI fragment (percent-encoded, with its `#`), for a `$ref` or a URI."""
    return "#" + quote(json_pointer, safe=_FRAGMENT_SAFE)


@lru_cache(maxsize=4096)
def _tokens(json_pointer: str) -> tuple[str, ...]:
    if not json_pointer:
        return ()
    if not json_pointer.startswith("/"):
        raise RefError(f"JSON Pointer {json_pointer!r} does not start with '/'")
    return tuple(
        token.replace("~1", "/").replace("~0", "~") if "~" in token else token for token in json_pointer[1:].split("/")
    )


def target(ref: str, base: str = "") -> str:
    """The JSON Pointer a local `$ref` names (`#/a%20b/c~1d` -> `/a b/c~1d`, still escaped).

    `base` is a URI the document is known by (its refs may be written `<base>#/...`).
    """
    return _parsed(ref, base)[0]


@lru_cache(maxsize=4096)
def _parsed(ref: str, base: str) -> tuple[str, tuple[str, ...]]:
    if ref.startswith("#"):
        encoded = ref[1:]
    elif base and ref.startswith(base + "#"):
        encoded = ref[len(base) + 1 :]
    else:
        raise RefError(f"$ref {ref!r} is not local (only '#/...' references are supported)")
    try:
        decoded = unquote(encoded, errors="strict") if "%" in encoded else encoded
    except UnicodeDecodeError:
        raise RefError(f"$ref {ref!r}: its percent-encoding is not UTF-8") from None
    return decoded, _tokens(decoded)


def lookup(document: Any, json_pointer: str) -> Any:
    """The node `json_pointer` (RFC 6901: `/paths/~1orders/get`) names in `document`."""
    node = document
    tokens = _tokens(json_pointer)
    for depth, token in enumerate(tokens):
        try:
            node = _child(node, token)
        except LookupError:
            where = pointer(tokens[:depth]) or "the document root"
            raise RefError(f"JSON Pointer {json_pointer!r}: no {token!r} under {where}") from None
    return node


def _child(node: Any, token: str) -> Any:
    if isinstance(node, Mapping):
        return node[token]
    is_index = token.isascii() and token.isdigit() and (token == "0" or token[0] != "0")
    if is_index and isinstance(node, Sequence) and not isinstance(node, str):
        return node[int(token)]
    raise LookupError(token)


def locate(document: Any, node: Any, json_pointer: str = "", *, base: str = "") -> tuple[Any, str]:
    """(`node` with its `$ref` chain followed, the JSON Pointer of what it ended at).

    `json_pointer` is where `node` itself sits, returned unchanged when it is no reference.
    """
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if type(ref) is not str:
        return node, json_pointer
    return _follow(document, ref, base)


def resolve(document: Any, node: Any, *, base: str = "") -> Any:
    """`node` with its chain of local `$ref`s followed (itself when it is no reference)."""
    if type(node) is dict or isinstance(node, Mapping):
        ref = node.get("$ref")
        if type(ref) is str:
            return _follow(document, ref, base)[0]
    return node


def _follow(document: Any, ref: str, base: str) -> tuple[Any, str]:
    """The end of the chain starting at `ref`, and its pointer (the hot path: plain indexing,
    with `lookup` only for list indices and to explain a failure)."""
    chain = [ref]
    try:
        while True:
            json_pointer, tokens = _parsed(ref, base)
            node = document
            try:
                for token in tokens:
                    node = node[token]
            except (LookupError, TypeError):
                node = lookup(document, json_pointer)
            found = node.get("$ref") if type(node) is dict or isinstance(node, Mapping) else None
            if type(found) is not str:
                return node, json_pointer
            ref = found
            chain.append(ref)
            if _parsed(ref, base)[0] in {_parsed(seen, base)[0] for seen in chain[:-1]}:
                raise RefError("$ref cycle")
    except RefError as exc:
        raise RefError(f"{exc} (following {' -> '.join(chain)})") from None
