"""A venv holding only the generated package (no dev extras) refuses what the dev venv refuses.

The format checks jsonschema runs depend on optional packages (`rfc3339-validator` for
date-time, `rfc3986-validator` for uri); the generated pyproject must declare them, or a plain
`pip install <package>` sends a naive datetime unchecked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reliability.bad_input import VENDORS

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("minimal_probe.py")


@pytest.fixture(scope="module")
def uv() -> str:
    found = shutil.which("uv")
    if found is None:
        pytest.skip("uv not on PATH: cannot build the package-only venv (pip install uv)")
    return found


def _probe(python: str, vendor: str) -> dict[str, bool]:
    result = subprocess.run(
        [python, str(PROBE), f"{vendor}_client"], capture_output=True, text=True, check=True
    )
    answer: dict[str, bool] = json.loads(result.stdout)
    return answer


@pytest.mark.parametrize("vendor", VENDORS)
def test_package_alone_refuses_what_the_dev_venv_refuses(
    vendor: str, uv: str, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run(
        [uv, "pip", "install", "-q", "--python", python, str(ROOT / "generated" / vendor)],
        check=True,
    )
    alone = _probe(python, vendor)
    dev = _probe(sys.executable, vendor)
    assert alone == dev
    assert alone and not any(alone.values()), alone  # every bad sample refused
    if vendor == "duel":
        assert "date-time" in alone
