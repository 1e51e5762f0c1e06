"""The `x-clientgen-*` vocabulary is defined once (`runtime/vocabulary.py`) and serves all: the
runtime's key checks, the pipeline's extension reading, and the docs' tables."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from clientgen.policy_extract import PolicyError, extract_policy
from clientgen.runtime.policy import ClientPolicy
from clientgen.runtime.vocabulary import EXTENSIONS, IDEMPOTENT, PAGINATION, extension
from clientgen.vendors import REPO_ROOT
from clientgen.vocabulary_doc import DOC_PATH, VocabularyDocError, render


def _spec() -> dict[str, Any]:
    """A minimal resolved spec carrying every extension the vocabulary has."""
    return {
        "openapi": "3.1.0",
        "security": [{"basicAuth": []}],
        "components": {"securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}}},
        "x-clientgen-auth": {"default": "basic", "require_https": True},
        "x-clientgen-rate-limit": {
            "algorithm": "leaky_bucket",
            "capacity": 10,
            "leak_per_second": 1.0,
            "profiles": {
                "batch": {"algorithm": "leaky_bucket", "capacity": 2, "leak_per_second": 1.0}
            },
        },
        "x-clientgen-retry": {
            "max_retries": 1,
            "initial_backoff": 0.1,
            "max_backoff": 1.0,
            "max_elapsed": 5.0,
            "jitter": 0.1,
            "retry_on_status": [429],
            "retry_after_headers": ["Retry-After"],
        },
        "paths": {
            "/orders": {
                "get": {
                    "operationId": "list_orders",
                    "x-clientgen-pagination": {
                        "style": "offset",
                        "items_field": "results",
                        "offset_param": "offset",
                        "limit_param": "limit",
                        "max_size": 100,
                    },
                    "x-clientgen-rate-limit-profile": "batch",
                },
                "post": {"operationId": "create_order", "x-clientgen-idempotent": True},
            }
        },
    }


def test_the_minimal_spec_uses_every_extension() -> None:
    policy = extract_policy(_spec(), "acme")
    assert ClientPolicy.from_dict(policy).operations["create_order"].idempotent is True
    spec = _spec()
    used = set(spec) | {k for op in spec["paths"]["/orders"].values() for k in op}
    assert {e.name for e in EXTENSIONS} <= used  # a new extension needs a line above


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda s: s.update({"x-clientgen-retyr": {}}), "x-clientgen-retyr: unknown extension"),
        (  # at the wrong level
            lambda s: s["paths"]["/orders"]["post"].update({"x-clientgen-retry": {}}),
            "paths./orders.post.x-clientgen-retry: unknown extension",
        ),
        (
            lambda s: s.update({"x-clientgen-idempotent": True}),
            "x-clientgen-idempotent: unknown extension here (the document level",
        ),
        (
            lambda s: s["x-clientgen-auth"].update({"require_http": False}),
            "x-clientgen-auth.require_http: unknown field",
        ),
        (  # a string "false" would have been truthy: refused, never coerced
            lambda s: s["paths"]["/orders"]["post"].update({"x-clientgen-idempotent": "false"}),
            "create_order.idempotent: expected true or false",
        ),
        (
            lambda s: s["x-clientgen-retry"].update({"max_elpased": 3}),
            "retry.max_elpased: unknown field",
        ),
        (
            lambda s: s["paths"]["/orders"]["get"]["x-clientgen-pagination"].update(
                {"cursor": "c"}
            ),
            "pagination.cursor: unknown field",
        ),
        (
            lambda s: s["x-clientgen-rate-limit"]["profiles"]["batch"].update({"burst": 3}),
            "profiles.batch.burst: unknown field",
        ),
    ],
)
def test_the_pipeline_refuses_what_the_vocabulary_does_not_list(edit: Any, named: str) -> None:
    spec = copy.deepcopy(_spec())
    edit(spec)
    with pytest.raises(PolicyError) as caught:
        extract_policy(spec, "acme")
    assert named in str(caught.value)


@pytest.mark.parametrize("name", [e.name for e in EXTENSIONS if e.keys and e.where == "document"])
def test_the_runtime_accepts_exactly_the_vocabularys_keys(name: str) -> None:
    spec = copy.deepcopy(_spec())
    spec[name]["not_a_key"] = 1
    with pytest.raises(PolicyError) as caught:
        extract_policy(spec, "acme")
    allowed = str(caught.value).split("allowed: ")[1].rstrip(")")
    assert set(allowed.split(", ")) == {k.name for k in extension(name).keys}


def test_pagination_keys_come_from_the_vocabulary() -> None:
    spec = copy.deepcopy(_spec())
    del spec["paths"]["/orders"]["get"][PAGINATION.name]["max_size"]
    with pytest.raises(PolicyError, match=r"pagination\.max_size: is required"):
        extract_policy(spec, "acme")
    assert IDEMPOTENT.where == "operation" and not IDEMPOTENT.keys


def test_the_docs_tables_are_rendered_from_the_vocabulary() -> None:
    text = (REPO_ROOT / DOC_PATH).read_text(encoding="utf-8")
    assert render(text) == text, "run `python -m clientgen vocabulary --write`"
    for ext in EXTENSIONS:
        assert f"`{ext.name}`" in text
        for key in ext.keys:
            assert f"| `{key.name}` |" in text, (ext.name, key.name)


def test_a_stale_table_is_rewritten_and_a_missing_block_named() -> None:
    text = (REPO_ROOT / DOC_PATH).read_text(encoding="utf-8")
    stale = text.replace("| `max_elapsed` | seconds | yes |", "| `max_elapsed` | minutes | yes |")
    assert stale != text and render(stale) == text
    without = text.replace("<!-- vocabulary: x-clientgen-retry -->", "")
    with pytest.raises(VocabularyDocError, match="no block for x-clientgen-retry"):
        render(without)
    unknown = text + "\n<!-- vocabulary: x-clientgen-nope -->\n<!-- /vocabulary -->\n"
    with pytest.raises(VocabularyDocError, match="x-clientgen-nope"):
        render(unknown)
