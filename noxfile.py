"""Every task, locally and in CI: `nox -s <session>` (see README)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]

PYTHON = "3.11"
ROOT = Path(__file__).parent
VENDORS = ("duel", "duoplane", "duda")
GENERATED = [f"./generated/{vendor}" for vendor in VENDORS]
CI_SEED = "20261123"
BUILD_DEPS = ("build==1.6.1", "hatchling==1.33.0", "twine==7.0.0")
BENCH_DEPS = (
    "matplotlib==3.11.2",  # the rate-limit plot
    "datamodel-code-generator==0.89.0",  # pydantic v2 models from the same spec, the parse baseline
    "pydantic[email]==2.14.3",
)


def _install_pipeline(session: nox.Session, *extras: str) -> None:
    target = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", target)


def _install_packages(session: nox.Session, extras: str = "") -> None:
    """The generated clients, installed the way a user installs them (not editable), with
    `extras` (e.g. "[testing]")."""
    # Reinstall every time: until `nox -s generate` bumps it, the version stays put while the
    # code under it changes (a spec or template edited, not yet regenerated).
    reinstall = [arg for vendor in VENDORS for arg in ("--reinstall-package", f"{vendor}-client")]
    if session.venv_backend != "uv":
        reinstall = ["--force-reinstall"]
    session.install(*reinstall, *(package + extras for package in GENERATED))


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/<vendor>/ (skips a vendor whose inputs are unchanged; `-- --force`)."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def inferred(session: nox.Session) -> None:
    """Count the constraints each spec marks as inferred (`-- --list` names each and why)."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "inferred", *session.posargs)


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """What a regeneration would change: `nox -s diff -- [VENDOR...] [--base GIT_REV]`."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "diff", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, if generated/ differs from a fresh generation, or naming the
    change, if the version or changelog does not fit what changed since the previous version."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "check", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code and on every generated package (with its own config)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "scripts", "tests", "examples", "noxfile.py")
    session.run("ruff", "format", "--check", "scripts", "tests", "examples", "noxfile.py")
    for vendor in VENDORS:
        with session.chdir(ROOT / "generated" / vendor):
            session.run("ruff", "check", ".")
            session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON, tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the pipeline, runtime, tests, and each generated package."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    session.install(*BENCH_DEPS)
    session.run("mypy", "--strict", "scripts/clientgen", "tests", "noxfile.py")
    # The example service's `tests/` import it as a top-level module, as its own pytest does.
    examples_path = {"MYPYPATH": "scripts:tests:examples/orders_sync"}
    session.run("mypy", "--strict", "examples/orders_sync", env=examples_path)
    for vendor in VENDORS:
        with session.chdir(ROOT / "generated" / vendor):
            session.run("mypy", "--strict", f"{vendor}_client")


@nox.session(python=PYTHON, tags=["ci"])
@nox.parametrize("vendor", VENDORS)
def typecheck_minimal(session: nox.Session, vendor: str) -> None:
    """mypy --strict on one package installed alone (no extras), run outside its source tree,
    then import it and check the otel extra's hint: what a user's own type check meets."""
    session.install("mypy==2.4.1")
    session.install("--reinstall-package", f"{vendor}-client", f"./generated/{vendor}")
    package = f"{vendor}_client"
    tmp = session.create_tmp()
    with session.chdir(tmp):
        # The fake and its pytest plugin need the [testing] extra (and pytest); a user's own type
        # check reaches them only by importing them, with that extra installed.
        fake = f"/{package}/(testing/|pytest_plugin\\.py$)"
        session.run("mypy", "--strict", "--no-incremental", "--exclude", fake, "-p", package)
        session.run("python", "-c", _IMPORTS_WITHOUT_EXTRAS.format(package=package))


_IMPORTS_WITHOUT_EXTRAS = """
import importlib.util, {package} as pkg
for extra in ("redis", "opentelemetry", "starlette"):
    assert importlib.util.find_spec(extra) is None, extra + " is installed"
pkg.RedisStore, pkg.InMemoryStore, pkg.Hooks
try:
    pkg.otel_hooks()
except ImportError as exc:
    assert "[otel]" in str(exc), exc
else:
    raise SystemExit("otel_hooks() worked without opentelemetry installed")
print("{package}: imports without its extras")
"""


@nox.session(python=PYTHON, tags=["ci"])
def tests(session: nox.Session) -> None:
    """Unit, property, contract and end-to-end tests with a fixed fuzzing seed."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    # Our own mocks must match the spec exactly: every client in the suite parses strictly unless
    # a test asks for the tolerant default (the realistic-vendor runs do).
    env = {
        "CLIENTGEN_SEED": os.environ.get("CLIENTGEN_SEED", CI_SEED),
        "CLIENTGEN_STRICT_RESPONSES": "1",
    }
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs, env=env)


@nox.session(python=PYTHON, tags=["ci"])
def examples(session: nox.Session) -> None:
    """The example service's own tests, as its developer runs them: the three packages with
    their [testing] extra and pytest, nothing of the pipeline."""
    session.install("pytest>=9,<10")
    _install_packages(session, "[testing]")
    session.run("pytest", "examples/orders_sync", *session.posargs)


def _source_date_epoch(vendor: str) -> str:
    """The package's release date from its lock, so two builds of one version are identical."""
    lock = json.loads((ROOT / "generated" / vendor / "clientgen.lock").read_text(encoding="utf-8"))
    released = dt.datetime.fromisoformat(lock["released"]).replace(tzinfo=dt.UTC)
    return str(int(released.timestamp()))


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Wheel + sdist of each package into dist/, reproducible (hatchling, SOURCE_DATE_EPOCH)."""
    session.install(*BUILD_DEPS)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    for vendor in VENDORS:
        session.run(
            *("python", "-m", "build", "--no-isolation", "--sdist", "--wheel"),
            *("--outdir", str(dist), f"generated/{vendor}"),
            env={"SOURCE_DATE_EPOCH": _source_date_epoch(vendor)},
        )
    artifacts = sorted(str(p) for p in dist.iterdir())
    session.run("twine", "check", "--strict", *artifacts)
    for path in artifacts:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        session.log(f"sha256 {digest}  {Path(path).name}")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client, then use one against a local mock."""
    _install_pipeline(session, "dev")
    session.run("python", "-m", "clientgen", "generate", "--force")
    _install_packages(session)
    session.run("python", "tests/demo.py", env={"PYTHONPATH": "tests"})


@nox.session(python=PYTHON)
def mock(session: nox.Session) -> None:
    """Start one vendor's mock for development: `nox -s mock -- duoplane --port 8080`."""
    _install_pipeline(session, "dev")
    session.run("python", "-m", "clientgen.testing", *(session.posargs or ["duoplane"]))


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """A deeper schemathesis run of every mock over HTTP, with a JUnit report in fuzz-report/."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    args = session.posargs or ["--max-examples", "100"]
    session.run(
        "python",
        "-m",
        "contract.fuzz",
        *args,
        "--seed",
        CI_SEED,
        "--report-dir",
        "fuzz-report",
        env={"PYTHONPATH": "tests:scripts"},
    )


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Check a live vendor against its spec: `nox -s conformance -- duoplane --base-url URL`.

    Credentials from <VENDOR>_TOKEN or <VENDOR>_USERNAME/<VENDOR>_PASSWORD; read-only unless
    --allow-writes; paced by the generated client's rate limiter; JUnit in conformance-report/.
    """
    _install_pipeline(session)
    _install_packages(session)
    if not session.posargs:
        session.error("usage: nox -s conformance -- VENDOR --base-url URL [--param name=value]")
    session.run("python", "-m", "clientgen.conformance", *session.posargs)


@nox.session(python=PYTHON)
def soak(session: nox.Session) -> None:
    """The reliability runs at full size (1,000 upserts, 200 creates, shared limiter, and the
    contention table: processes x threads on one Duoplane user, with and without Redis)."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    session.run(
        "pytest",
        "-q",
        "-s",
        "-p",
        "no:cacheprovider",
        "tests/reliability",
        env={
            "CLIENTGEN_SOAK_SCALE": "1.0",
            "CLIENTGEN_SEED": CI_SEED,
            "CLIENTGEN_STRICT_RESPONSES": "1",
        },
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks with their baselines in the same run; table printed, JSON in bench-results/.

    Installs Prism (the mock benchmark's baseline) as .ci/run does when npm is there; without it
    that benchmark is skipped with a message and the table shows the other rows."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    session.install(*BENCH_DEPS)
    if (ROOT / "tools/node/node_modules/.bin/prism").exists():
        pass
    elif shutil.which("npm"):
        session.run("bash", "scripts/setup-tools.sh", "node", external=True)
    else:
        session.warn("npm not found: the mock benchmark (against Prism) will be skipped")
    session.run("python", "-m", "bench", *session.posargs, env={"PYTHONPATH": "tests:scripts"})
