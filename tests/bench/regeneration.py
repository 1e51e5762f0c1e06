"""Wall time to regenerate all packages from scratch, and a no-op regeneration."""

from __future__ import annotations

import subprocess
import sys
import time

from shared_paths import REPO_ROOT

from bench.common import Row


def _generate(*args: str) -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", *args],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(REPO_ROOT / "scripts"), "PATH": "/usr/bin:/bin"},
    )
    return time.monotonic() - started


def run() -> list[Row]:
    full = _generate("--force")
    noop = _generate()
    return [
        Row("regenerate all 3 packages (full)", f"{full:.2f} s", "-", full / 10.0,
            "<= 10 s", full <= 10.0),
        Row("regenerate with nothing changed (no-op)", f"{noop:.2f} s", f"full {full:.2f} s",
            noop / full, "<= 1 s", noop <= 1.0),
    ]  # fmt: skip
