from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


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

    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    address_1: str | None | Unset = UNSET
    address_2: str | None | Unset = UNSET
    street_number: str | None | Unset = UNSET
    street_name: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    sub_locality: str | None | Unset = UNSET
    region: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    postal_code: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_first_name = self.first_name

        _out_last_name = self.last_name

        _out_full_name = self.full_name

        _out_address_1 = self.address_1

        _out_address_2 = self.address_2

        _out_street_number = self.street_number

        _out_street_name = self.street_name

        _out_city = self.city

        _out_sub_locality = self.sub_locality

        _out_region = self.region

        _out_country = self.country

        _out_postal_code = self.postal_code

        _out_phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_first_name is not UNSET:
            field_dict["first_name"] = _out_first_name
        if _out_last_name is not UNSET:
            field_dict["last_name"] = _out_last_name
        if _out_full_name is not UNSET:
            field_dict["full_name"] = _out_full_name
        if _out_address_1 is not UNSET:
            field_dict["address_1"] = _out_address_1
        if _out_address_2 is not UNSET:
            field_dict["address_2"] = _out_address_2
        if _out_street_number is not UNSET:
            field_dict["street_number"] = _out_street_number
        if _out_street_name is not UNSET:
            field_dict["street_name"] = _out_street_name
        if _out_city is not UNSET:
            field_dict["city"] = _out_city
        if _out_sub_locality is not UNSET:
            field_dict["sub_locality"] = _out_sub_locality
        if _out_region is not UNSET:
            field_dict["region"] = _out_region
        if _out_country is not UNSET:
            field_dict["country"] = _out_country
        if _out_postal_code is not UNSET:
            field_dict["postal_code"] = _out_postal_code
        if _out_phone is not UNSET:
            field_dict["phone"] = _out_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_first_name = src_dict.get("first_name", UNSET)

        _got_last_name = src_dict.get("last_name", UNSET)

        _got_full_name = src_dict.get("full_name", UNSET)

        _got_address_1 = src_dict.get("address_1", UNSET)

        _got_address_2 = src_dict.get("address_2", UNSET)

        _got_street_number = src_dict.get("street_number", UNSET)

        _got_street_name = src_dict.get("street_name", UNSET)

        _got_city = src_dict.get("city", UNSET)

        _got_sub_locality = src_dict.get("sub_locality", UNSET)

        _got_region = src_dict.get("region", UNSET)

        _got_country = src_dict.get("country", UNSET)

        _got_postal_code = src_dict.get("postal_code", UNSET)

        _got_phone = src_dict.get("phone", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_first_name is None
            or _got_last_name is None
            or _got_full_name is None
            or _got_address_1 is None
            or _got_address_2 is None
            or _got_street_number is None
            or _got_street_name is None
            or _got_city is None
            or _got_sub_locality is None
            or _got_region is None
            or _got_country is None
            or _got_postal_code is None
            or _got_phone is None
        ):
            gaps("Address", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.first_name = _got_first_name
        _built.last_name = _got_last_name
        _built.full_name = _got_full_name
        _built.address_1 = _got_address_1
        _built.address_2 = _got_address_2
        _built.street_number = _got_street_number
        _built.street_name = _got_street_name
        _built.city = _got_city
        _built.sub_locality = _got_sub_locality
        _built.region = _got_region
        _built.country = _got_country
        _built.postal_code = _got_postal_code
        _built.phone = _got_phone
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
