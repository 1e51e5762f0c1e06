"""Where the npm-installed tools live (tools/node, installed by .ci/run with `npm ci`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared_paths import REPO_ROOT

NODE_BIN = REPO_ROOT / "tools" / "node" / "node_modules" / ".bin"


def node_tool(name: str) -> Path:
    """The tool's path; skip naming it when absent, unless CI demands the tools."""
    path = NODE_BIN / name
    if not path.exists():
        message = f"{path} not found: run `npm ci --prefix tools/node`"
        if os.environ.get("CLIENTGEN_REQUIRE_NODE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path
