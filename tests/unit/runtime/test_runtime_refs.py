"""The one local-`$ref` walker (`runtime/refs.py`) and the places that used to carry their own."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from clientgen.conformance.schemas import SchemaView
from clientgen.context import declared_headers
from clientgen.runtime.refs import (
    RefError,
    escape,
    fragment,
    locate,
    lookup,
    pointer,
    resolve,
    target,
)

DOC: dict[str, Any] = {
    "paths": {
        "/orders/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}]}},
    },
    "components": {
        "schemas": {
            "Order": {"type": "object"},
            "Alias": {"$ref": "#/components/schemas/Order"},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
            "a/b": {"const": "slash"},
            "m~n": {"const": "tilde"},
            "~1": {"const": "tilde-one"},
            "with space": {"const": "space"},
            "": {"const": "empty key"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Ping": {"$ref": "#/components/schemas/Pong"},
            "Pong": {"$ref": "#/components/schemas/Ping"},
            "Broken": {"$ref": "#/components/schemas/Missing"},
            "properties_named_ref": {"properties": {"$ref": {"type": "string"}}},
        },
    },
}


def ref(to: str) -> dict[str, str]:
    return {"$ref": to}


@pytest.mark.parametrize(
    ("reference", "const"),
    [
        ("#/components/schemas/a~1b", "slash"),
        ("#/components/schemas/m~0n", "tilde"),
        ("#/components/schemas/~01", "tilde-one"),  # ~01 is "~1", not "/"
        ("#/components/schemas/with%20space", "space"),
        ("#/components/schemas/m%7E0n", "tilde"),  # percent-decoded first, then unescaped
        ("#/components/schemas/", "empty key"),
    ],
)
def test_escapes_and_percent_decoding(reference: str, const: str) -> None:
    assert resolve(DOC, ref(reference)) == {"const": const}


def test_a_percent_encoded_slash_separates_tokens() -> None:
    """RFC 6901 section 6: the fragment is percent-decoded before it is split."""
    with pytest.raises(RefError, match="no 'a' under /components/schemas"):
        resolve(DOC, ref("#/components/schemas/a%2Fb"))


def test_escape_pointer_and_fragment_round_trip() -> None:
    assert escape("application/json") == "application~1json"
    assert escape("~/") == "~0~1"
    path = ("paths", "/orders/{id}", "get", "parameters", 0)
    assert pointer(path) == "/paths/~1orders~1{id}/get/parameters/0"
    assert pointer(()) == ""
    assert fragment(pointer(path)) == "#/paths/~1orders~1%7Bid%7D/get/parameters/0"
    assert target(fragment(pointer(path))) == pointer(path)
    assert lookup(DOC, pointer(path)) == {"name": "id", "in": "path"}


def test_list_indices() -> None:
    assert resolve(DOC, ref("#/paths/~1orders~1%7Bid%7D/get/parameters/0"))["name"] == "id"
    parameters = "/paths/~1orders~1{id}/get/parameters"
    for bad in ("1", "01", "-", "x"):
        with pytest.raises(RefError, match=f"no '{bad}' under /paths/~1orders~1{{id}}/get/param"):
            lookup(DOC, f"{parameters}/{bad}")


def test_chains_are_followed_and_located() -> None:
    assert resolve(DOC, ref("#/components/schemas/AliasOfAlias")) == {"type": "object"}
    node, where = locate(DOC, ref("#/components/schemas/AliasOfAlias"), "/somewhere")
    assert (node, where) == ({"type": "object"}, "/components/schemas/Order")
    plain = {"type": "string"}
    assert locate(DOC, plain, "/here") == (plain, "/here")
    assert resolve(DOC, plain) is plain
    assert resolve(DOC, None) is None and resolve(DOC, [ref("#/x")]) == [ref("#/x")]


def test_a_property_named_ref_is_not_a_reference() -> None:
    properties = DOC["components"]["schemas"]["properties_named_ref"]["properties"]
    assert resolve(DOC, properties) is properties


@pytest.mark.parametrize(
    ("start", "chain"),
    [
        ("Self", "#/components/schemas/Self -> #/components/schemas/Self"),
        (
            "Ping",
            "#/components/schemas/Ping -> #/components/schemas/Pong -> #/components/schemas/Ping",
        ),
    ],
)
def test_cycles_name_the_chain(start: str, chain: str) -> None:
    with pytest.raises(RefError) as caught:
        resolve(DOC, ref(f"#/components/schemas/{start}"))
    assert str(caught.value) == f"$ref cycle (following {chain})"


def test_missing_targets_name_the_token_and_the_chain() -> None:
    with pytest.raises(RefError) as caught:
        resolve(DOC, ref("#/components/schemas/Broken"))
    assert str(caught.value) == (
        "JSON Pointer '/components/schemas/Missing': no 'Missing' under /components/schemas "
        "(following #/components/schemas/Broken -> #/components/schemas/Missing)"
    )
    with pytest.raises(RefError, match="no 'nowhere' under the document root"):
        lookup(DOC, "/nowhere")
    with pytest.raises(RefError, match="no 'deeper' under /components/schemas/Order/type"):
        lookup(DOC, "/components/schemas/Order/type/deeper")  # into a string
    assert isinstance(RefError("x"), ValueError)


@pytest.mark.parametrize(
    "reference",
    [
        "other.yaml#/components/schemas/Order",
        "https://example.invalid/spec.json#/components/schemas/Order",
        "components/schemas/Order",
        "",
    ],
)
def test_non_local_refs_are_refused(reference: str) -> None:
    with pytest.raises(RefError, match=r"is not local \(only '#/\.\.\.' references"):
        resolve(DOC, ref(reference))


def test_malformed_pointers_are_refused() -> None:
    with pytest.raises(RefError, match="does not start with '/'"):
        resolve(DOC, ref("#components/schemas/Order"))
    with pytest.raises(RefError, match="percent-encoding is not UTF-8"):
        resolve(DOC, ref("#/components/schemas/%FF"))


def test_a_base_uri_counts_as_local() -> None:
    base = "urn:clientgen-spec"
    assert resolve(DOC, ref(f"{base}#/components/schemas/Alias"), base=base) == {"type": "object"}
    with pytest.raises(RefError, match="is not local"):
        resolve(DOC, ref("urn:other#/components/schemas/Order"), base=base)


# --- what the old copies got wrong ---------------------------------------------------------


def test_declared_headers_reports_a_cycle_instead_of_hanging() -> None:
    """`context._resolve_ref` (also the change report's) looped forever on a `$ref` cycle."""
    spec: dict[str, Any] = {
        "paths": {},
        "components": {
            "responses": {"Loop": {"$ref": "#/components/responses/Loop"}},
        },
    }
    with pytest.raises(RefError, match="cycle"):
        declared_headers(spec)


def test_declared_headers_follow_percent_encoded_refs() -> None:
    """The old walkers did not percent-decode, so a ref into a templated path was a KeyError."""
    header = {"schema": {"type": "integer"}, "description": "left"}
    spec: dict[str, Any] = {
        "paths": {
            "/orders/{id}": {
                "get": {
                    "responses": {
                        "200": {"description": "ok", "headers": {"X-Left": header}},
                        "201": {"$ref": "#/paths/~1orders~1%7Bid%7D/get/responses/200"},
                    }
                }
            }
        },
    }
    assert [h.name for h in declared_headers(spec)] == ["X-Left"]


def test_schema_view_refuses_a_cycle_instead_of_returning_a_ref() -> None:
    """`SchemaView.resolve` stopped after 20 hops and handed back a `$ref` node as the schema."""
    view = SchemaView(copy.deepcopy(DOC))
    assert view.resolve(ref("#/components/schemas/AliasOfAlias")) == {"type": "object"}
    with pytest.raises(RefError, match="cycle"):
        view.resolve(ref("#/components/schemas/Ping"))
