"""Every task, locally and in CI: `nox -s <session>` (see README)."""

from __future__ import annotations

import os
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
BENCH_DEPS = (
    "matplotlib==3.11.2",  # the rate-limit plot
    "datamodel-code-generator==0.89.0",  # pydantic v2 models from the same spec, the parse baseline
    "pydantic[email]==2.14.3",
)


def _install_pipeline(session: nox.Session, *extras: str) -> None:
    target = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", target)


def _install_packages(session: nox.Session) -> None:
    """The generated clients, installed the way a user installs them (not editable)."""
    # Reinstall every time: the version stays 1.0.0 while the code under it changes.
    reinstall = [arg for vendor in VENDORS for arg in ("--reinstall-package", f"{vendor}-client")]
    if session.venv_backend != "uv":
        reinstall = ["--force-reinstall"]
    session.install(*reinstall, *GENERATED)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/<vendor>/ (skips a vendor whose inputs are unchanged; `-- --force`)."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "generate", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, if generated/ differs from a fresh generation."""
    _install_pipeline(session)
    session.run("python", "-m", "clientgen", "check", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code and on every generated package (with its own config)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "scripts", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "scripts", "tests", "noxfile.py")
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
    for vendor in VENDORS:
        with session.chdir(ROOT / "generated" / vendor):
            session.run("mypy", "--strict", f"{vendor}_client")


@nox.session(python=PYTHON, tags=["ci"])
def tests(session: nox.Session) -> None:
    """Unit, property, contract and end-to-end tests with a fixed fuzzing seed."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    env = {"CLIENTGEN_SEED": os.environ.get("CLIENTGEN_SEED", CI_SEED)}
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs, env=env)


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
    session.run(
        "python", "-m", "mocks", *(session.posargs or ["duoplane"]), env={"PYTHONPATH": "tests"}
    )


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
        env={"CLIENTGEN_SOAK_SCALE": "1.0", "CLIENTGEN_SEED": CI_SEED},
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks with their baselines in the same run; table printed, JSON in bench-results/."""
    _install_pipeline(session, "dev")
    _install_packages(session)
    session.install(*BENCH_DEPS)
    session.run("python", "-m", "bench", *session.posargs, env={"PYTHONPATH": "tests:scripts"})
