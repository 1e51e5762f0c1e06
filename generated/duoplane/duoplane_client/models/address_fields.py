from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AddressFields")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "first_name",
        "last_name",
        "company_name",
        "address_1",
        "address_2",
        "city",
        "post_code",
        "province_name",
        "province_code",
        "country_name",
        "country_iso2",
        "phone",
        "email",
    }
)


@_attrs_define
class AddressFields:
    """A postal address with contact details, as sent in a new order.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        company_name (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        post_code (str | Unset):
        province_name (str | Unset):
        province_code (str | Unset):
        country_name (str | Unset):
        country_iso2 (str | Unset): Two-letter ISO 3166-1 country code.
        phone (str | Unset):
        email (str | Unset): An email address (the reference's example is `user@example.com`).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    post_code: str | Unset = UNSET
    province_name: str | Unset = UNSET
    province_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    country_iso2: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        company_name = self.company_name

        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        post_code = self.post_code

        province_name = self.province_name

        province_code = self.province_code

        country_name = self.country_name

        country_iso2 = self.country_iso2

        phone = self.phone

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if province_name is not UNSET:
            field_dict["province_name"] = province_name
        if province_code is not UNSET:
            field_dict["province_code"] = province_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if country_iso2 is not UNSET:
            field_dict["country_iso2"] = country_iso2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            first_name = src_dict.get("first_name", UNSET)

            last_name = src_dict.get("last_name", UNSET)

            company_name = src_dict.get("company_name", UNSET)

            address_1 = src_dict.get("address_1", UNSET)

            address_2 = src_dict.get("address_2", UNSET)

            city = src_dict.get("city", UNSET)

            post_code = src_dict.get("post_code", UNSET)

            province_name = src_dict.get("province_name", UNSET)

            province_code = src_dict.get("province_code", UNSET)

            country_name = src_dict.get("country_name", UNSET)

            country_iso2 = src_dict.get("country_iso2", UNSET)

            phone = src_dict.get("phone", UNSET)

            email = src_dict.get("email", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("AddressFields", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.first_name = first_name
        _built.last_name = last_name
        _built.company_name = company_name
        _built.address_1 = address_1
        _built.address_2 = address_2
        _built.city = city
        _built.post_code = post_code
        _built.province_name = province_name
        _built.province_code = province_code
        _built.country_name = country_name
        _built.country_iso2 = country_iso2
        _built.phone = phone
        _built.email = email
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
