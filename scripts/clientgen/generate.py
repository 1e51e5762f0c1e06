"""Resolved spec -> installable package, via openapi-python-client with our templates.

We drive the generator through its Python API instead of its CLI for one reason: to hand our
templates the overlay policy (`clientgen` template global), which the generator's own context drops.
Any generator warning fails the build (the CLI's --fail-on-warning), so nothing is lost silently.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from .context import GenerationContext, build_context
from .errors import PipelineError
from .resolve import resolve
from .response_models import response_models
from .runtime.inferred import stated_view
from .stamp import STAMP_NAME, input_hash
from .vendors import Vendor
from .yamlio import dump_json

TEMPLATES_DIR = Path(__file__).parent / "templates"
RUNTIME_DIR = Path(__file__).parent / "runtime"
# Files we render ourselves beside the generator's own, from the same template directory.
EXTRA_TEMPLATES = {
    "_policy.py": "_policy.py.jinja",
    "_headers.py": "_headers.py.jinja",
    "_spec.py": "_spec.py.jinja",
}


class GenerationError(PipelineError):
    """The generator reported an error or a warning; the message lists them all."""


def _config(vendor: Vendor, version: str, output: Path) -> Config:
    config_file = ConfigFile(
        project_name_override=vendor.project_name,
        package_name_override=vendor.package_name,
        package_version_override=version,
        post_hooks=[],  # we run the pinned ruff ourselves, after our own files are written
    )
    return Config.from_sources(
        config_file,
        meta_type=MetaType.UV,
        document_source=output / "openapi.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def _format_errors(errors: list[GeneratorError]) -> str:
    return "\n".join(f"  {e.level.value}: {e.header}: {e.detail or ''}".rstrip() for e in errors)


def _copy_runtime(package_dir: Path) -> None:
    target = package_dir / "_runtime"
    shutil.copytree(RUNTIME_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def _run_ruff(project_dir: Path) -> None:
    for args in (
        ["check", "--fix-only", "--quiet", "--no-cache", "."],
        ["format", "--quiet", "--no-cache", "."],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args],
            cwd=project_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed in {project_dir}:\n{result.stderr}")


def render_package(
    vendor: Vendor, spec: dict[str, Any], context: GenerationContext, out: Path
) -> None:
    """Write the complete package for `spec` into the empty directory `out`."""
    config = _config(vendor, context.version, out)
    # The generator reads the stated view: an inferred `required` or format never shapes a
    # signature or a type (the shipped openapi.json keeps the markers and the full constraints).
    openapi = GeneratorData.from_dict(stated_view(spec), config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(
            f"{vendor.name}: generator rejected the spec:\n{_format_errors([openapi])}"
        )
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.globals["clientgen"] = {
        **context.as_template_globals(),
        "response_models": response_models(openapi),
    }
    errors = list(project.build())
    if errors:
        raise GenerationError(
            f"{vendor.name}: generator reported problems:\n{_format_errors(errors)}"
        )
    package_dir = out / vendor.package_name
    for filename, template in EXTRA_TEMPLATES.items():
        text = project.env.get_template(template).render()
        (package_dir / filename).write_text(text, encoding="utf-8")
    (package_dir / "openapi.json").write_text(dump_json(spec), encoding="utf-8")
    _copy_runtime(package_dir)
    import os

    if not os.environ.get("CLIENTGEN_NO_RUFF"):
        _run_ruff(out)


def generate_into(vendor: Vendor, out: Path) -> None:
    """Resolve the vendor's spec and render its package into `out` (created; must not exist)."""
    spec = resolve(vendor)
    context = build_context(vendor, spec)
    out.mkdir(parents=True)
    render_package(vendor, spec, context, out)
    (out / STAMP_NAME).write_text(input_hash(vendor) + "\n", encoding="utf-8")


def generate(vendor: Vendor) -> Path:
    """Regenerate `generated/<vendor>/` from scratch; replace it only if generation succeeded."""
    vendor.output_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=vendor.output_dir.parent, prefix=".gen-") as tmp:
        staged = Path(tmp) / vendor.name
        generate_into(vendor, staged)
        if vendor.output_dir.exists():
            shutil.rmtree(vendor.output_dir)
        staged.rename(vendor.output_dir)
    return vendor.output_dir
