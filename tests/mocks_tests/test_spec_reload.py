"""The development mock notices a changed spec: reloads it, or refuses (503) while it is broken."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
from clientgen.runtime.inferred import stated_view
from clientgen.testing.__main__ import spec_files
from clientgen.testing.app import create_app
from clientgen.testing.config import MockConfig
from clientgen.testing.server import MockServer, SpecReloader
from clientgen.testing.spec import load_spec

AUTH = ("demo-key", "demo-password")
NEW_FIELD = {"name": "Lamp", "colour": "red"}


def _write(path: Path, text: str) -> None:
    """Write and move the mtime forward, so a same-size rewrite within one tick still shows."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


def _closed_product(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with ProductCreate's closure stated (the shipped spec marks it inferred, and the
    mock enforces only stated constraints), so an unknown field is refused until the spec has it."""
    changed: dict[str, Any] = json.loads(json.dumps(spec))
    product = changed["components"]["schemas"]["ProductCreate"]
    product.pop("x-inferred", None)
    product["additionalProperties"] = False
    return changed


def _with_colour(spec: dict[str, Any]) -> dict[str, Any]:
    changed: dict[str, Any] = json.loads(json.dumps(spec))
    changed["components"]["schemas"]["ProductCreate"]["properties"]["colour"] = {"type": "string"}
    return changed


def test_mock_reloads_a_changed_spec_instead_of_answering_422(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.json"
    original = _closed_product(load_spec("duoplane"))
    _write(spec_path, json.dumps(original))
    logged: list[str] = []
    reloader = SpecReloader(
        lambda spec: create_app("duoplane", config=MockConfig(spec=spec)),
        lambda: json.loads(spec_path.read_text(encoding="utf-8")),
        [spec_path],
        log=logged.append,
    )
    with MockServer(reloader) as server, httpx.Client(base_url=server.base_url, auth=AUTH) as http:
        before = http.post("/api/products", json=NEW_FIELD)
        assert before.status_code == 422, before.text
        assert "colour" in before.text

        _write(spec_path, json.dumps(_with_colour(original)))
        after = http.post("/api/products", json=NEW_FIELD)
        assert after.status_code == 201, after.text
        assert reloader.reloads == 1
        assert http.get("/openapi.json").json() == stated_view(_with_colour(original))
        assert any("reloaded" in line for line in logged)

        _write(spec_path, "{ not json")
        broken = http.get("/api/products")
        assert broken.status_code == 503
        message = broken.json()["errors"][0]
        assert str(spec_path) in message and "restart" in message

        _write(spec_path, json.dumps(original))
        assert http.post("/api/products", json=NEW_FIELD).status_code == 422
        assert reloader.reloads == 2


def test_touching_the_spec_without_changing_it_keeps_the_mock_and_its_data(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.json"
    _write(spec_path, json.dumps(load_spec("duoplane")))
    reloader = SpecReloader(
        lambda spec: create_app("duoplane", config=MockConfig(spec=spec)),
        lambda: json.loads(spec_path.read_text(encoding="utf-8")),
        [spec_path],
        log=lambda _: None,
    )
    with MockServer(reloader) as server, httpx.Client(base_url=server.base_url, auth=AUTH) as http:
        created = http.post("/api/products", json={"name": "Lamp"})
        assert created.status_code == 201, created.text
        product_id = created.json()["data"]["id"]
        _write(spec_path, spec_path.read_text(encoding="utf-8"))
        assert http.get(f"/api/products/{product_id}").status_code == 200
        assert reloader.reloads == 0


def test_cli_watches_the_resolved_spec_and_its_sources() -> None:
    files = spec_files("duoplane")
    assert files[0].name == "openapi.json" and files[0].is_file()
    assert any(p.suffix == ".yaml" and p.parent.name == "specs" for p in files)
    assert any(p.parent.name == "overlays" for p in files)
