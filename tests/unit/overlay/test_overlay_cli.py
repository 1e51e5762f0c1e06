"""The `python -m clientgen.overlay apply` command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clientgen.overlay.cli import main
from ruamel.yaml import YAML
from unit.overlay.overlay_support import overlay_data, write_file

SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"
DOCUMENT = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}


def test_apply_two_overlays_to_json(tmp_path: Path) -> None:
    source = write_file(tmp_path, "spec.yaml", DOCUMENT)
    first = write_file(tmp_path, "a.yaml", overlay_data({"target": "$.info", "update": {"x-a": 1}}))
    second = write_file(tmp_path, "b.yaml", overlay_data({"target": "$.info['x-a']", "update": 2}))
    out = tmp_path / "out.json"

    assert main(["apply", str(source), str(first), str(second), "-o", str(out)]) == 0

    assert json.loads(out.read_text()) == {
        **DOCUMENT,
        "info": {"title": "T", "version": "1", "x-a": 2},
    }


def test_apply_to_yaml_file_keeps_key_order(tmp_path: Path) -> None:
    source = write_file(tmp_path, "spec.json", DOCUMENT)
    overlay = write_file(tmp_path, "o.yaml", overlay_data({"target": "$", "update": {"x-z": None}}))
    out = tmp_path / "out.yaml"

    assert main(["apply", str(source), str(overlay), "-o", str(out)]) == 0

    text = out.read_text()
    assert list(YAML(typ="safe", pure=True).load(text)) == ["openapi", "info", "paths", "x-z"]
    assert "x-z: null\n" in text


def test_error_goes_to_stderr_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_file(tmp_path, "spec.yaml", DOCUMENT)
    overlay = write_file(tmp_path, "bad.yaml", overlay_data({"target": "$.paths[", "remove": True}))

    assert main(["apply", str(source), str(overlay)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(
        f'error: {overlay}: actions[0] (target "$.paths["): invalid JSONPath'
    )


def test_unmatched_target_warns_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_file(tmp_path, "spec.yaml", DOCUMENT)
    overlay = write_file(tmp_path, "o.yaml", overlay_data({"target": "$.nope", "update": {}}))

    assert main(["apply", str(source), str(overlay)]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f'warning: {overlay}: actions[0] (target "$.nope")')
    assert YAML(typ="safe", pure=True).load(captured.out) == DOCUMENT

    assert main(["apply", str(source), str(overlay), "--strict"]) == 1
    assert capsys.readouterr().err.startswith(f"error: {overlay}: actions[0]")


def test_input_must_be_a_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_file(tmp_path, "spec.yaml", "- not\n- a mapping\n")
    overlay = write_file(tmp_path, "o.yaml", overlay_data({"target": "$"}))
    assert main(["apply", str(source), str(overlay)]) == 1
    assert "must be a mapping" in capsys.readouterr().err


def test_module_entry_point(tmp_path: Path) -> None:
    source = write_file(tmp_path, "spec.yaml", DOCUMENT)
    overlay = write_file(
        tmp_path, "o.yaml", overlay_data({"target": "$.info", "update": {"x-a": 1}})
    )
    env = {**os.environ, "PYTHONPATH": str(SCRIPTS)}

    done = subprocess.run(
        [sys.executable, "-m", "clientgen.overlay", "apply", str(source), str(overlay)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert YAML(typ="safe", pure=True).load(done.stdout)["info"]["x-a"] == 1
