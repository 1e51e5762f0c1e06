"""Each resolved spec passes Spectral's `spectral:oas` ruleset with no errors or warnings."""

from __future__ import annotations

import subprocess

import pytest
from clientgen.vendors import VENDORS
from shared_paths import REPO_ROOT

from contract.node_tools import node_tool


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_resolved_spec_is_spectral_clean(vendor: str) -> None:
    spectral = node_tool("spectral")
    result = subprocess.run(
        [
            str(spectral),
            "lint",
            "--ruleset",
            str(REPO_ROOT / ".spectral.yaml"),
            "--fail-severity",
            "warn",
            str(VENDORS[vendor].resolved_spec_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
