"""Which generated models appear in a response: those are parsed tolerantly (model.py.jinja).

A model reachable from any response body (directly, in a list, a union or another model's field)
may come back from the vendor with nulls, gaps or values the spec does not list, so its fields are
typed honestly (`T | None | Unset`). Request-only models keep the spec's required arguments.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser import GeneratorData


def _walk(prop: Any, found: set[str], models: dict[str, Any]) -> None:
    class_info = getattr(prop, "class_info", None)
    if hasattr(prop, "required_properties") and class_info is not None:
        if class_info.name in found:
            return
        found.add(class_info.name)
        # A model met inside another may be an unprocessed copy (its properties still None): the
        # generator's own list holds the processed one.
        prop = models.get(class_info.name, prop)
        for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            _walk(child, found, models)
        extra = getattr(prop, "additional_properties", None)
        if extra is not None and not isinstance(extra, bool):
            _walk(extra, found, models)
        return
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        _walk(inner, found, models)
    for child in getattr(prop, "inner_properties", None) or ():
        _walk(child, found, models)


def response_models(openapi: GeneratorData) -> frozenset[str]:
    """Class names of every model reachable from a response of any endpoint."""
    found: set[str] = set()
    models: dict[str, Any] = {str(model.class_info.name): model for model in openapi.models}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses.patterns:
                _walk(response.prop, found, models)
            if endpoint.responses.default is not None:
                _walk(endpoint.responses.default.prop, found, models)
    return frozenset(found)
