"""Where the repository and the shared vendor material (../shared) live, for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


def require_shared(*parts: str) -> Path:
    """Path under ../shared, or skip naming the path (a user's fresh clone has no ../shared)."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: these tests need the shared vendor material")
    return path
