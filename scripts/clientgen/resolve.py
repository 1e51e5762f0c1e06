"""Spec + overlays -> resolved spec: the one document every later stage reads."""

from __future__ import annotations

import warnings
from typing import Any

from openapi_spec_validator import validate as validate_openapi
from ruamel.yaml.error import YAMLError

from .errors import PipelineError
from .overlay import OverlayError, apply_overlays, load_overlay
from .runtime.inferred import inferred_constraints
from .unsupported import check_supported
from .vendors import Vendor
from .yamlio import load_document


class ResolveError(PipelineError):
    """The spec or an overlay is unusable; the message names the file."""


def resolve(vendor: Vendor) -> dict[str, Any]:
    """Apply the vendor's overlays to its spec and validate the result as OpenAPI 3.1.

    Overlays are applied strictly: an action whose target matches nothing is an error, because a
    silently skipped policy action would ship a client without the policy.
    """
    if not vendor.spec_path.exists():
        raise ResolveError(f"{vendor.spec_path}: spec not found")
    try:
        document = load_document(vendor.spec_path)
    except YAMLError as exc:
        raise ResolveError(f"{vendor.spec_path}: not valid YAML: {exc}") from exc
    try:
        overlays = [load_overlay(path) for path in vendor.overlay_paths]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            resolved: dict[str, Any] = apply_overlays(document, overlays, strict=True)
    except OverlayError as exc:
        raise ResolveError(str(exc)) from exc
    try:
        validate_openapi(resolved)
    except Exception as exc:  # the validator raises several unrelated types
        raise ResolveError(f"{vendor.name}: resolved spec is not valid OpenAPI: {exc}") from exc
    check_supported(resolved)
    try:
        inferred_constraints(resolved)
    except ValueError as exc:
        raise ResolveError(f"{vendor.spec_path}: malformed x-inferred marker: {exc}") from exc
    return resolved
