from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ErrorEnvelope")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "errors",
    }
)


@_attrs_define
class ErrorEnvelope:
    """An error in the response envelope; `data` is null and `errors` says why.

    Attributes:
        metadata (Metadata): The rate-limit and paging figures of this response, as also sent in headers.
        data (None):
        errors (list[str]): Error messages as plain strings; empty on success.
    """

    metadata: Metadata
    data: None
    errors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            metadata = self.metadata.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("ErrorEnvelope", "metadata", "value", self.metadata, exc) from exc

        data = self.data

        try:
            errors = self.errors

        except PARSE_ERRORS as exc:
            raise invalid_value("ErrorEnvelope", "errors", "value", self.errors, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "data": data,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                metadata = Metadata.from_dict(src_dict["metadata"])

            except PARSE_ERRORS as exc:
                raise invalid_value("ErrorEnvelope", "metadata", "value", src_dict.get("metadata"), exc) from exc

            data = src_dict["data"]

            try:
                errors = src_dict["errors"]

            except PARSE_ERRORS as exc:
                raise invalid_value("ErrorEnvelope", "errors", "value", src_dict.get("errors"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ErrorEnvelope", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.metadata = metadata
        _built.data = data
        _built.errors = errors
        _built.additional_properties = {}

        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            _built.additional_properties = d
        return _built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Other models, imported last so circular references between models resolve (see the template).
from ..models.metadata import Metadata  # noqa: E402
