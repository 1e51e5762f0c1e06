"""The resolved OpenAPI document this package was generated from, loaded once, on first need."""

import functools
import json
import logging
from importlib.resources import files
from typing import Any

from ._runtime.validation import SpecValidator


@functools.cache
def spec() -> dict[str, Any]:
    """The resolved spec (the vendor spec with our overlays applied), as shipped in the package."""
    document: dict[str, Any] = json.loads(files(__package__).joinpath("openapi.json").read_text("utf-8"))
    return document


@functools.cache
def validator() -> SpecValidator:
    """A validator of request and response bodies against `spec()`."""
    return SpecValidator(spec(), logger=logging.getLogger("duda_client"))
