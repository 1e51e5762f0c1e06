from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UnitDimensions")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "height",
        "width",
        "length",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class UnitDimensions:
    """Size of one unit of an item.

    Attributes:
        height (float | Unset):
        width (float | Unset):
        length (float | Unset):
    """

    height: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    length: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_height = self.height

        _out_width = self.width

        _out_length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_height is not UNSET:
            field_dict["height"] = _out_height
        if _out_width is not UNSET:
            field_dict["width"] = _out_width
        if _out_length is not UNSET:
            field_dict["length"] = _out_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_height = src_dict.get("height", UNSET)

        _got_width = src_dict.get("width", UNSET)

        _got_length = src_dict.get("length", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_height is None or _got_width is None or _got_length is None:
            gaps("UnitDimensions", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.height = _got_height
        _built.width = _got_width
        _built.length = _got_length
        _built.additional_properties = {}
        if not src_dict.keys() <= _KNOWN_KEYS:
            _built.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        if _kept:
            _built.additional_properties.update(_kept)
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
