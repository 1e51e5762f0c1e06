from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Address")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "first_name",
        "last_name",
        "full_name",
        "address_1",
        "address_2",
        "street_number",
        "street_name",
        "city",
        "sub_locality",
        "region",
        "country",
        "postal_code",
        "phone",
    }
)


@_attrs_define
class Address:
    """A billing or shipping address.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        full_name (str | Unset):
        address_1 (str | Unset): First address line.
        address_2 (str | Unset): Second address line.
        street_number (str | Unset): The street number, also possibly inside address_1 or address_2.
        street_name (str | Unset): The street name, also possibly inside address_1 or address_2.
        city (str | Unset):
        sub_locality (str | Unset): A county or district.
        region (str | Unset): A state or province.
        country (str | Unset):
        postal_code (str | Unset):
        phone (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    street_number: str | Unset = UNSET
    street_name: str | Unset = UNSET
    city: str | Unset = UNSET
    sub_locality: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        full_name = self.full_name

        address_1 = self.address_1

        address_2 = self.address_2

        street_number = self.street_number

        street_name = self.street_name

        city = self.city

        sub_locality = self.sub_locality

        region = self.region

        country = self.country

        postal_code = self.postal_code

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if street_number is not UNSET:
            field_dict["street_number"] = street_number
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if city is not UNSET:
            field_dict["city"] = city
        if sub_locality is not UNSET:
            field_dict["sub_locality"] = sub_locality
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            first_name = src_dict.get("first_name", UNSET)

            last_name = src_dict.get("last_name", UNSET)

            full_name = src_dict.get("full_name", UNSET)

            address_1 = src_dict.get("address_1", UNSET)

            address_2 = src_dict.get("address_2", UNSET)

            street_number = src_dict.get("street_number", UNSET)

            street_name = src_dict.get("street_name", UNSET)

            city = src_dict.get("city", UNSET)

            sub_locality = src_dict.get("sub_locality", UNSET)

            region = src_dict.get("region", UNSET)

            country = src_dict.get("country", UNSET)

            postal_code = src_dict.get("postal_code", UNSET)

            phone = src_dict.get("phone", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Address", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.first_name = first_name
        _built.last_name = last_name
        _built.full_name = full_name
        _built.address_1 = address_1
        _built.address_2 = address_2
        _built.street_number = street_number
        _built.street_name = street_name
        _built.city = city
        _built.sub_locality = sub_locality
        _built.region = region
        _built.country = country
        _built.postal_code = postal_code
        _built.phone = phone
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
