"""Resolved spec -> installable package, via openapi-python-client with our templates.

We drive the generator through its Python API instead of its CLI for one reason: to hand our
templates the overlay policy (`clientgen` template global), which the generator's own context drops.
Any generator warning fails the build (the CLI's --fail-on-warning), so nothing is lost silently.
"""

from __future__ import annotations

import contextlib
import io
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

from .baseline import unreleased_base
from .changes.changelog import CHANGELOG_NAME, entries, render_changelog, render_entry
from .changes.compare import compare_packages
from .changes.model import Report, sort_changes
from .context import GenerationContext, build_context
from .errors import PipelineError
from .lock import (
    LOCK_NAME,
    Lock,
    committed_version,
    generator_versions,
    input_hash,
    read_lock,
    release_date,
)
from .resolve import resolve
from .response_models import response_models
from .runtime.inferred import stated_view
from .vendors import VENDORS, Vendor
from .versioning import INITIAL_VERSION, Level, bump
from .yamlio import dump_json

TEMPLATES_DIR = Path(__file__).parent / "templates"
RUNTIME_DIR = Path(__file__).parent / "runtime"
TESTING_DIR = Path(__file__).parent / "testing"
# What the fake imports from the pipeline, and where its copy in a package finds the same code.
TESTING_IMPORTS = {
    "from ..runtime.": "from .._runtime.",
    "from ..vendors import": "from ._vendors import",
    "from ..conformance.schemas import": "from ._schemas import",
}
TESTING_EXTRAS = {  # pipeline module -> its name in <pkg>/testing/
    Path(__file__).parent / "vendors.py": "_vendors.py",
    Path(__file__).parent / "conformance" / "schemas.py": "_schemas.py",
}
# Files we render ourselves beside the generator's own, from the same template directory.
EXTRA_TEMPLATES = {
    "_policy.py": "_policy.py.jinja",
    "_headers.py": "_headers.py.jinja",
    "pytest_plugin.py": "pytest_plugin.py.jinja",
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


def fake_sources(vendor: Vendor) -> dict[Path, str]:
    """What `<pkg>/testing/` holds (source -> name there): the shared modules, the vendor's own
    mock module (named after it), not another registered vendor's, and the pipeline modules the
    fake imports."""
    others = {f"{name}.py" for name in VENDORS if name != vendor.name}
    shipped = [path for path in sorted(TESTING_DIR.glob("*.py")) if path.name not in others]
    return {path: path.name for path in shipped} | TESTING_EXTRAS


def _copy_testing(vendor: Vendor, package_dir: Path) -> None:
    """`<pkg>/testing/`: the fake vendor, the same code as `clientgen.testing`, importing the
    package's `_runtime` and its own copies of the two pipeline modules it needs."""
    target = package_dir / "testing"
    target.mkdir()
    for source, name in fake_sources(vendor).items():
        text = source.read_text(encoding="utf-8")
        for ours, theirs in TESTING_IMPORTS.items():
            text = text.replace(ours, theirs)
        (target / name).write_text(text, encoding="utf-8")


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
    with contextlib.redirect_stdout(io.StringIO()):  # its "Generating <scratch dir>" line
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
    _copy_testing(vendor, package_dir)
    _run_ruff(out)


def _read_changelog(tree: Path) -> dict[str, str]:
    path = tree / CHANGELOG_NAME
    return entries(path.read_text(encoding="utf-8")) if path.exists() else {}


def generate_into(vendor: Vendor, out: Path, previous: Path | None = None) -> Report:
    """Resolve the vendor's spec and render its package into `out` (created; must not exist).

    `previous` is what the output is compared with (default: generated/<vendor>/, or HEAD's when
    that holds a version not committed yet: `baseline.unreleased_base`): an identical package
    keeps its version, lock date and changelog; a different one gets the version its change
    report calls for, and a changelog entry written from that report.
    """
    if previous is not None:
        return _generate_into(vendor, out, previous)
    with tempfile.TemporaryDirectory(prefix="clientgen-head-") as tmp:
        head = unreleased_base(vendor, Path(tmp))
        return _generate_into(vendor, out, head or vendor.output_dir)


def _generate_into(vendor: Vendor, out: Path, previous: Path) -> Report:
    spec = resolve(vendor)
    old_lock = read_lock(previous)
    old_version = committed_version(previous)
    version = old_version or INITIAL_VERSION
    out.mkdir(parents=True)
    render_package(vendor, spec, build_context(vendor, spec, version), out)
    history = _read_changelog(previous)
    if old_version is None:  # a new package
        report = Report(vendor.name, version, version)
    else:
        changes = sort_changes(compare_packages(vendor, previous, out))
        level = max((c.level for c in changes), default=Level.NONE)
        report = Report(vendor.name, version, bump(version, level), changes)
    if report.new_version != report.old_version:
        shutil.rmtree(out)
        out.mkdir()
        render_package(vendor, spec, build_context(vendor, spec, report.new_version), out)
    # A version keeps the day it was first made: the previous package's, or the working tree's
    # when this regeneration remakes its unreleased version.
    made = [lock for lock in (old_lock, read_lock(vendor.output_dir)) if lock is not None]
    released = next((k.released for k in made if k.version == report.new_version), release_date())
    if report.new_version not in history:
        initial = not history
        entry = render_entry(report, released, initial=initial)
        history = {report.new_version: entry, **history}
    changelog = render_changelog(vendor.project_name, history)
    (out / CHANGELOG_NAME).write_text(changelog, encoding="utf-8")
    lock = Lock(report.new_version, released, input_hash(vendor), generator_versions())
    (out / LOCK_NAME).write_text(lock.as_json(), encoding="utf-8")
    return report


def generate(vendor: Vendor) -> Report:
    """Regenerate `generated/<vendor>/` from scratch; replace it only if generation succeeded."""
    vendor.output_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=vendor.output_dir.parent, prefix=".gen-") as tmp:
        staged = Path(tmp) / vendor.name
        report = generate_into(vendor, staged)
        if vendor.output_dir.exists():
            shutil.rmtree(vendor.output_dir)
        staged.rename(vendor.output_dir)
    return report
