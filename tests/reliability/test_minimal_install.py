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
from collections.abc import Callable
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


@pytest.fixture(scope="module")
def package_alone(uv: str, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], str]:
    """vendor -> the python of a venv holding only that vendor's package (no extras), built
    once per vendor for this module's tests."""
    built: dict[str, str] = {}

    def python_for(vendor: str) -> str:
        if vendor not in built:
            venv = tmp_path_factory.mktemp(f"alone-{vendor}") / "venv"
            subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True)
            python = str(venv / "bin" / "python")
            package = str(ROOT / "generated" / vendor)
            subprocess.run([uv, "pip", "install", "-q", "--python", python, package], check=True)
            built[vendor] = python
        return built[vendor]

    return python_for


def _probe(python: str, vendor: str) -> dict[str, bool]:
    result = subprocess.run(
        [python, str(PROBE), f"{vendor}_client"], capture_output=True, text=True, check=True
    )
    answer: dict[str, bool] = json.loads(result.stdout)
    return answer


@pytest.mark.parametrize("vendor", VENDORS)
def test_package_alone_refuses_what_the_dev_venv_refuses(
    vendor: str, package_alone: Callable[[str], str]
) -> None:
    alone = _probe(package_alone(vendor), vendor)
    dev = _probe(sys.executable, vendor)
    assert alone == dev
    assert alone and not any(alone.values()), alone  # every bad sample refused
    if vendor == "duel":
        assert "date-time" in alone


_IMPORT_FAKE = """
import {package}
try:
    import {package}.testing
except ImportError as exc:
    print(type(exc).__name__, exc.name, str(exc), sep="\\n")
else:
    raise SystemExit("{package}.testing imported without its [testing] extra")
"""


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_fake_without_its_extra_says_what_to_install(
    vendor: str, package_alone: Callable[[str], str]
) -> None:
    package = f"{vendor}_client"
    script = _IMPORT_FAKE.format(package=package)
    result = subprocess.run(
        [package_alone(vendor), "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    kind, missing, message = result.stdout.strip().split("\n", 2)
    assert kind == "ModuleNotFoundError" and missing and not missing.startswith(package)
    assert repr(missing) in message, message
    assert f'pip install "{vendor}-client[testing]"' in message, message
