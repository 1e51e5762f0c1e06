"""The fake's third-party imports, with an error naming the extra that installs them.

`<vendor>_client` runs without them; `<vendor>_client.testing` needs its `[testing]` extra, and
without it a bare "No module named 'starlette'" says nothing of how to get it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, metadata, packages_distributions


def install_hint(package: str) -> str:
    """`pip install "<distribution>[testing]"` for the distribution holding `package` (its dev
    extra where it has no testing one: the pipeline's own copy of the fake)."""
    top = package.split(".", 1)[0]
    distribution = (packages_distributions().get(top) or [top.replace("_", "-")])[0]
    try:
        extras = metadata(distribution).get_all("Provides-Extra") or []
    except PackageNotFoundError:
        extras = []
    extra = "testing" if "testing" in extras or "dev" not in extras else "dev"
    return f'pip install "{distribution}[{extra}]"'


@contextmanager
def needs_testing_extra(package: str) -> Iterator[None]:
    """Turn a missing third-party module under this block into an error saying what to install;
    a module of `package` itself that is missing is a bug, and is raised as it is."""
    try:
        yield
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if not missing or missing.split(".", 1)[0] == package.split(".", 1)[0]:
            raise
        raise ModuleNotFoundError(
            f"{package} needs {missing!r}, which its testing extra installs: {install_hint(package)}",
            name=missing,
        ) from exc
