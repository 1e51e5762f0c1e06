"""The mutation corpus through an independent tool: the `openapi-diff` npm package (Atlassian,
Apache-2.0), compared verdict by verdict (breaking / non-breaking / none) with our spec diff.

openapi-diff reads Swagger 2 and OpenAPI 3.0 only (its parser refuses 3.1.0), so each document is
rewritten as 3.0.3 first: the corpus uses no 3.1-only construct except `type: [x, "null"]`, which
becomes `nullable: true`. The tool compares paths, methods, status codes, response headers and
request/response body schemas (as sets of accepted values); parameters, security, servers and
extensions it does not classify. Each disagreement is explained below; a new one fails the test,
and so does an explanation that no longer matches a disagreement.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from typing import Any

import pytest
from clientgen.changes.spec_diff import diff_specs
from clientgen.versioning import Level
from contract.node_tools import node_tool
from shared_paths import REPO_ROOT
from unit.changes.corpus import MUTATIONS, Spec, mutated

RUNNER = REPO_ROOT / "tools" / "node" / "openapi-diff-batch.js"

# Our verdict is for a user of the generated Python package; openapi-diff's is for any HTTP
# consumer, and it only sees what its parser models.
ENUM = "json-schema-diff, which compares its bodies, ignores enum (its KEYWORDS.md: enum no)"
PARAMETERS = "parameters are not compared (its docs/OPENAPI3.md: parameters no)"
EXTENSIONS = "operation-level x- extensions are not compared; they are our client policy"
EXPLAINED: dict[str, str] = {
    "widen response type": "it ignores `nullable` (an OpenAPI 3.0 keyword, not JSON Schema); "
    "for us `Order.total: float` becoming `float | None` breaks every reader",
    "add response enum value": ENUM,
    "remove request enum value": ENUM,
    "add request enum value": ENUM,
    "remove response enum value": ENUM,
    "add required parameter": PARAMETERS,
    "remove parameter": PARAMETERS,
    "make parameter required": PARAMETERS,
    "add optional parameter": PARAMETERS,
    "change request default": PARAMETERS + ", nor defaults; for us the value sent changes",
    "rename operationId": "operationId is not compared; for us the Python function and its "
    "module are renamed (api/orders/get_order.py -> fetch_order.py)",
    "rename model": "it compares dereferenced schemas, so a component rename is invisible on the "
    "wire; for us the model class OrderCreate is gone",
    "change auth scheme": "securitySchemes are not compared; the client sends other credentials",
    "change server": "it reports nothing for a changed server URL; for us the client's default "
    "base URL changes",
    "remove response header": "it calls removing an optional response header non-breaking; for "
    "us the `ResponseHeaders.x_left` attribute disappears",
    "change typed format": "format is not compared (KEYWORDS.md: format no); for us the field "
    "type changes from datetime to date",
    "move operation to another tag": "tags are not compared; for us the import path changes "
    "(api.orders -> api.admin)",
    "remove pagination": EXTENSIONS + "; removing it removes iter_pages/iter_items",
    "mark operation idempotent": EXTENSIONS + " (retry behaviour: patch for us)",
    "change pagination page size": EXTENSIONS + " (default page size: patch for us)",
    "add optional request field": "it reasons in sets of accepted bodies: OrderCreate allowed any "
    "extra property, so declaring `gift: boolean` narrows what may be sent; the generated model "
    "had no `gift` at all, so for our users it is a new optional keyword",
    "rename path": "it sees a path removed and one added; for us the operation keeps its "
    "operationId, so its Python name is unchanged and it calls the new path (patch)",
    "change summary": "descriptions are not compared; for us docstrings change (patch)",
}


def to_openapi_30(spec: Spec) -> Spec:
    """The same document as OpenAPI 3.0.3, for a tool that reads only 3.0."""

    def convert(node: Any) -> Any:
        if isinstance(node, dict):
            out = {key: convert(value) for key, value in node.items()}
            kind = out.get("type")
            if isinstance(kind, list):
                rest = [k for k in kind if k != "null"]
                out["type"] = rest[0] if len(rest) == 1 else rest
                if "null" in kind:
                    out["nullable"] = True
            if "const" in out:
                out["enum"] = [out.pop("const")]
            return out
        if isinstance(node, list):
            return [convert(item) for item in node]
        return node

    converted: Spec = convert(copy.deepcopy(spec))
    converted["openapi"] = "3.0.3"
    return converted


def _ours(old: Spec, new: Spec) -> str:
    changes = diff_specs(old, new)
    if not changes:
        return "none"
    return "breaking" if any(c.level is Level.MAJOR for c in changes) else "non-breaking"


def _theirs(result: dict[str, Any]) -> str:
    if result["breaking"]:
        return "breaking"
    return "non-breaking" if result["nonBreaking"] or result["unclassified"] else "none"


def test_corpus_agrees_with_openapi_diff_or_says_why() -> None:
    node_tool("openapi-diff")  # skips (or fails in CI) with the install command when absent
    node = shutil.which("node")
    assert node, "node is not on PATH although tools/node is installed"
    pairs = []
    for mutation in MUTATIONS:
        old, new = mutated(mutation)
        pairs.append(
            {"name": mutation.name, "source": to_openapi_30(old), "destination": to_openapi_30(new)}
        )
    run = subprocess.run(
        [node, str(RUNNER)],
        input=json.dumps(pairs),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=RUNNER.parent,
    )
    assert run.returncode == 0, run.stderr
    results = {r["name"]: r for r in json.loads(run.stdout)}
    refused = {name: r["error"] for name, r in results.items() if "error" in r}
    assert not refused, f"openapi-diff refused documents: {refused}"
    agreements, disagreements = [], {}
    for mutation in MUTATIONS:
        old, new = mutated(mutation)
        ours, theirs = _ours(old, new), _theirs(results[mutation.name])
        assert ours == mutation.verdict  # the corpus test checks the detail; this, the verdict
        if ours == theirs:
            agreements.append(mutation.name)
        else:
            disagreements[mutation.name] = f"ours {ours}, openapi-diff {theirs}: " + json.dumps(
                {k: v for k, v in results[mutation.name].items() if k != "name" and v}
            )
    print(
        f"\nopenapi-diff agrees on {len(agreements)} of {len(MUTATIONS)} mutations; "
        f"{len(disagreements)} disagreements, each explained in EXPLAINED"
    )
    unexplained = {k: v for k, v in disagreements.items() if k not in EXPLAINED}
    assert not unexplained, "\n".join(f"{k}: {v}" for k, v in unexplained.items())
    stale = sorted(set(EXPLAINED) - set(disagreements))
    assert not stale, f"explained but no longer a disagreement: {stale}"


@pytest.mark.parametrize("name", sorted(EXPLAINED))
def test_explanations_name_real_mutations(name: str) -> None:
    assert name in {m.name for m in MUTATIONS}
