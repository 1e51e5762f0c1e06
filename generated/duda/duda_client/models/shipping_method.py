from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import missing_key
from ..types import UNSET, Unset

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


@_attrs_define
class ShippingMethod:
    """The shipping method chosen. Docs disagree: the JSON examples call its name `name`, the field table `method`; both
    are accepted.

        Attributes:
            id (str | Unset): The shipping method's identifier (additional facts, the SDK's type).
            name (str | Unset): Name of the shipping method, as the JSON examples spell it.
            method (str | Unset): Name of the shipping method, as the field table spells it.
            cost (float | Unset): What the shipping method added to the order.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    method: str | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        method = self.method

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if method is not UNSET:
            field_dict["method"] = method
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            name = src_dict.get("name", UNSET)

            method = src_dict.get("method", UNSET)

            cost = src_dict.get("cost", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ShippingMethod", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.name = name
        _built.method = method
        _built.cost = cost
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
