"""Each installed package's `testing/` holds its own fake vendor and the shared modules only."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from clientgen.generate import fake_sources
from clientgen.testing.app import _vendor_module
from clientgen.vendors import VENDORS


def _testing_dir(vendor: str) -> Path:
    module = importlib.import_module(f"{VENDORS[vendor].package_name}.testing")
    assert module.__file__ is not None
    return Path(module.__file__).parent


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_package_ships_no_other_vendors_mock(vendor: str) -> None:
    shipped = {path.name for path in _testing_dir(vendor).glob("*.py")}
    assert shipped == set(fake_sources(VENDORS[vendor]).values())
    assert f"{vendor}.py" in shipped
    others = [name for name in VENDORS if name != vendor]
    assert not shipped & {f"{name}.py" for name in others}
    # Nor another vendor's mock code under some other file name.
    foreign = [type(_vendor_module(name)).__name__ for name in others]
    for path in _testing_dir(vendor).glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [cls for cls in foreign if cls in text], path


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_packaged_fake_serves_its_vendor_and_names_it_for_another(vendor: str) -> None:
    fakes = importlib.import_module(f"{VENDORS[vendor].package_name}.testing")
    with fakes.fake_vendor() as fake:
        assert fake.vendor == vendor and fake.state.vendor.name == vendor
    other = next(name for name in sorted(VENDORS) if name != vendor)
    known = f"unknown vendor '{other}'; known vendors: {vendor}$"
    with pytest.raises(ValueError, match=known), fakes.fake_vendor(other):
        pass
