"""The vendor registry: which spec and overlays make which package.

One table, read by the pipeline, mocks, tests and noxfile: adding a vendor is one edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """The mock's first tenant and its API user: what each README's first snippet signs in with
    (the mocks' demo credential is built from it)."""

    tenant: str
    username: str
    password: str = "demo-password"


@dataclass(frozen=True, slots=True)
class Vendor:
    """A vendor API and the package generated for it."""

    name: str
    display_name: str
    package_name: str
    demo: DemoAccount
    root: Path = REPO_ROOT  # tests point this at a scratch copy of the repository layout

    @property
    def spec_path(self) -> Path:
        return self.root / "specs" / f"{self.name}.yaml"

    @property
    def overlay_paths(self) -> tuple[Path, ...]:
        """Auth first, then runtime policy: later overlays may refine what earlier ones add."""
        return (
            self.root / "overlays" / f"{self.name}.auth.yaml",
            self.root / "overlays" / f"{self.name}.policy.yaml",
        )

    @property
    def project_name(self) -> str:
        return f"{self.name}-client"

    @property
    def output_dir(self) -> Path:
        return self.root / "generated" / self.name

    @property
    def package_dir(self) -> Path:
        return self.output_dir / self.package_name

    @property
    def resolved_spec_path(self) -> Path:
        """The resolved spec ships inside the package, so mocks and fuzzers read what the client
        was generated from."""
        return self.package_dir / "openapi.json"


VENDORS: dict[str, Vendor] = {
    v.name: v
    for v in (
        Vendor("duel", "Duel", "duel_client", DemoAccount("demo-brand", "demo-user")),
        Vendor("duoplane", "Duoplane", "duoplane_client", DemoAccount("demo-account", "demo-key")),
        Vendor("duda", "Duda", "duda_client", DemoAccount("demo-site", "demo-user")),
    )
}


def get_vendor(name: str) -> Vendor:
    """Look a vendor up by name, with an error that lists the known ones."""
    try:
        return VENDORS[name]
    except KeyError:
        known = ", ".join(sorted(VENDORS))
        raise ValueError(f"unknown vendor {name!r}; known vendors: {known}") from None
