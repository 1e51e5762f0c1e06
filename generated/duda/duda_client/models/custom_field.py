from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import missing_key
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "type",
        "zone",
        "value",
        "includes_time",
        "date_range_policy",
    }
)


@_attrs_define
class CustomField:
    """A merchant-defined checkout field and the customer's answer (additional facts and the SDK's OrderCustomFields; the
    captured page does not show custom fields).

        Attributes:
            id (str | Unset):
            label (str | Unset):
            type_ (str | Unset): The field's kind; the SDK names TEXT, TEXTAREA, SELECT, RADIO_LIST, CHECKBOX and DATE and
                allows any other string.
            zone (str | Unset): Where the field is shown at checkout; the SDK names CONTACT_INFO, SHIPPING_ADDRESS,
                SHIPPING_METHODS, BILLING_ADDRESS and PAYMENT_METHODS and allows any other string.
            value (str | Unset):
            includes_time (bool | Unset): Whether a DATE field also takes a time (from the SDK's type).
            date_range_policy (str | Unset): Which dates a DATE field accepts; the SDK names ANY, PAST_ONLY and FUTURE_ONLY
                and allows any other string.
    """

    id: str | Unset = UNSET
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    zone: str | Unset = UNSET
    value: str | Unset = UNSET
    includes_time: bool | Unset = UNSET
    date_range_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        type_ = self.type_

        zone = self.zone

        value = self.value

        includes_time = self.includes_time

        date_range_policy = self.date_range_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zone is not UNSET:
            field_dict["zone"] = zone
        if value is not UNSET:
            field_dict["value"] = value
        if includes_time is not UNSET:
            field_dict["includes_time"] = includes_time
        if date_range_policy is not UNSET:
            field_dict["date_range_policy"] = date_range_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            label = src_dict.get("label", UNSET)

            type_ = src_dict.get("type", UNSET)

            zone = src_dict.get("zone", UNSET)

            value = src_dict.get("value", UNSET)

            includes_time = src_dict.get("includes_time", UNSET)

            date_range_policy = src_dict.get("date_range_policy", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("CustomField", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.label = label
        _built.type_ = type_
        _built.zone = zone
        _built.value = value
        _built.includes_time = includes_time
        _built.date_range_policy = date_range_policy
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
