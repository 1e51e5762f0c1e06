"""The vendors' own JSON examples round-trip through the generated models.

from_dict builds instances directly (object.__new__, see templates/model.py.jinja) for speed, so
this checks them against attrs's own __init__ (`attrs.evolve` rebuilds through it) and that
to_dict gives back what from_dict reads.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from clientgen.vendors import VENDORS
from shared_paths import require_shared
from unit.test_doc_examples import _entries, json_examples


def _model_class(vendor: str, schema_ref: str) -> Any:
    models = importlib.import_module(f"{VENDORS[vendor].package_name}.models")
    return getattr(models, schema_ref.rsplit("/", 1)[-1], None)


def built_by_init(model: Any) -> Any:
    """The same fields through attrs's own __init__ (`evolve`); additional properties are not an
    __init__ argument (init=False), so they are carried over as from_dict sets them."""
    rebuilt = attrs.evolve(model)
    if hasattr(model, "additional_properties"):
        rebuilt.additional_properties = dict(model.additional_properties)
    return rebuilt


@pytest.mark.parametrize(("vendor", "entry"), list(_entries()))
def test_doc_example_round_trips_through_its_model(vendor: str, entry: Mapping[str, Any]) -> None:
    docs = require_shared("vendor-docs")
    example = json_examples((docs / entry["doc"]).read_text(encoding="utf-8"))[entry["line"]]
    cls = _model_class(vendor, str(entry["schema"]))
    if cls is None or not isinstance(example, dict):
        pytest.skip(f"{entry['schema']} has no generated model class taking an object")
    parsed = cls.from_dict(example)
    assert built_by_init(parsed) == parsed  # the instance attrs's __init__ would build
    assert cls.from_dict(parsed.to_dict()) == parsed
    for key in example:
        assert key in parsed.to_dict(), f"{key} lost in the round trip"
