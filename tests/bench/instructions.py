"""Parsing a 250-item page, counted in CPU instructions (valgrind's callgrind) instead of seconds.

Wall-clock ratios swing by tens of percent on a shared 2-core machine; instruction counts repeat to
the last digit for the same binary and input. Each side runs in its own process twice (N and 0
parses) and the difference is the cost of N parses, so interpreter start-up and imports cancel out.
The baseline is pydantic v2's `model_validate_json` on models datamodel-code-generator makes from
the same resolved spec, in the same run (the wall-clock row in overhead.py measures the same pair).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duoplane_client

from bench.common import MissingTool, Row
from bench.overhead import PAGE, pydantic_models

PARSES = 10
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")

OURS = """
import json, sys
from duoplane_client.models import OrderListEnvelope
text = sys.argv[2]
for _ in range(int(sys.argv[1])):
    OrderListEnvelope.from_dict(json.loads(text))
"""

PYDANTIC = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("duoplane_pydantic", sys.argv[3])
module = importlib.util.module_from_spec(spec)
sys.modules["duoplane_pydantic"] = module
spec.loader.exec_module(module)
text = sys.argv[2]
for _ in range(int(sys.argv[1])):
    module.OrderListEnvelope.model_validate_json(text)
"""


def _instructions(script: str, parses: int, text: str, *extra: str) -> int:
    result = subprocess.run(
        [
            *("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"),
            *(sys.executable, "-c", script, str(parses), text, *extra),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = _REFS.search(result.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no instruction count:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_parse(script: str, text: str, *extra: str) -> float:
    """Instructions for one parse: (N parses - 0 parses) / N, each in a fresh process."""
    return (
        _instructions(script, PARSES, text, *extra) - _instructions(script, 0, text, *extra)
    ) / PARSES


def page_parse_instructions() -> Row:
    if shutil.which("valgrind") is None:
        raise MissingTool(
            "the instruction-count benchmark needs valgrind (apt-get install valgrind)"
        )
    text = json.dumps(PAGE)
    spec = Path(duoplane_client.__file__).with_name("openapi.json")
    with tempfile.TemporaryDirectory(prefix="clientgen-pydantic-") as scratch:
        pydantic_models(spec, Path(scratch))
        module = str(Path(scratch) / "duoplane_pydantic.py")
        ours = per_parse(OURS, text)
        base = per_parse(PYDANTIC, text, module)
    return Row(
        name="parse a 250-item page, CPU instructions (callgrind): attrs from_dict(json.loads) vs "
        "pydantic model_validate_json",
        ours=f"{ours / 1e6:.2f} M instr/page",
        baseline=f"{base / 1e6:.2f} M instr/page",
        ratio=ours / base,
        target="reported (repeatable to the digit)",
        met=True,
    )
