from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ShippingMethod")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "method",
        "cost",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class ShippingMethod:
    """The shipping method chosen. Docs disagree: the JSON examples call its name `name`, the field table `method`; both
    are accepted.

        Attributes:
            id (str | Unset): The shipping method's identifier (from additional facts).
            name (str | Unset): Name of the shipping method, as the JSON examples spell it.
            method (str | Unset): Name of the shipping method, as the field table spells it.
            cost (float | Unset): What the shipping method added to the order.
    """

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    method: str | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_name = self.name

        _out_method = self.method

        _out_cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_name is not UNSET:
            field_dict["name"] = _out_name
        if _out_method is not UNSET:
            field_dict["method"] = _out_method
        if _out_cost is not UNSET:
            field_dict["cost"] = _out_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_name = src_dict.get("name", UNSET)

        _got_method = src_dict.get("method", UNSET)

        _got_cost = src_dict.get("cost", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_id is None or _got_name is None or _got_method is None or _got_cost is None:
            gaps("ShippingMethod", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.name = _got_name
        _built.method = _got_method
        _built.cost = _got_cost
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
