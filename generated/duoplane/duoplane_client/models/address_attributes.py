from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AddressAttributes")
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class AddressAttributes:
    """The address fields ("Address attributes").

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
        country_iso2 (str | Unset):
        phone (str | Unset):
        email (str | Unset):
    """

    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    company_name: str | None | Unset = UNSET
    address_1: str | None | Unset = UNSET
    address_2: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    post_code: str | None | Unset = UNSET
    province_name: str | None | Unset = UNSET
    province_code: str | None | Unset = UNSET
    country_name: str | None | Unset = UNSET
    country_iso2: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_first_name = self.first_name

        _out_last_name = self.last_name

        _out_company_name = self.company_name

        _out_address_1 = self.address_1

        _out_address_2 = self.address_2

        _out_city = self.city

        _out_post_code = self.post_code

        _out_province_name = self.province_name

        _out_province_code = self.province_code

        _out_country_name = self.country_name

        _out_country_iso2 = self.country_iso2

        _out_phone = self.phone

        _out_email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_first_name is not UNSET:
            field_dict["first_name"] = _out_first_name
        if _out_last_name is not UNSET:
            field_dict["last_name"] = _out_last_name
        if _out_company_name is not UNSET:
            field_dict["company_name"] = _out_company_name
        if _out_address_1 is not UNSET:
            field_dict["address_1"] = _out_address_1
        if _out_address_2 is not UNSET:
            field_dict["address_2"] = _out_address_2
        if _out_city is not UNSET:
            field_dict["city"] = _out_city
        if _out_post_code is not UNSET:
            field_dict["post_code"] = _out_post_code
        if _out_province_name is not UNSET:
            field_dict["province_name"] = _out_province_name
        if _out_province_code is not UNSET:
            field_dict["province_code"] = _out_province_code
        if _out_country_name is not UNSET:
            field_dict["country_name"] = _out_country_name
        if _out_country_iso2 is not UNSET:
            field_dict["country_iso2"] = _out_country_iso2
        if _out_phone is not UNSET:
            field_dict["phone"] = _out_phone
        if _out_email is not UNSET:
            field_dict["email"] = _out_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_first_name = src_dict.get("first_name", UNSET)

        _got_last_name = src_dict.get("last_name", UNSET)

        _got_company_name = src_dict.get("company_name", UNSET)

        _got_address_1 = src_dict.get("address_1", UNSET)

        _got_address_2 = src_dict.get("address_2", UNSET)

        _got_city = src_dict.get("city", UNSET)

        _got_post_code = src_dict.get("post_code", UNSET)

        _got_province_name = src_dict.get("province_name", UNSET)

        _got_province_code = src_dict.get("province_code", UNSET)

        _got_country_name = src_dict.get("country_name", UNSET)

        _got_country_iso2 = src_dict.get("country_iso2", UNSET)

        _got_phone = src_dict.get("phone", UNSET)

        _got_email = src_dict.get("email", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_first_name is None
            or _got_last_name is None
            or _got_company_name is None
            or _got_address_1 is None
            or _got_address_2 is None
            or _got_city is None
            or _got_post_code is None
            or _got_province_name is None
            or _got_province_code is None
            or _got_country_name is None
            or _got_country_iso2 is None
            or _got_phone is None
            or _got_email is None
        ):
            gaps("AddressAttributes", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.first_name = _got_first_name
        _built.last_name = _got_last_name
        _built.company_name = _got_company_name
        _built.address_1 = _got_address_1
        _built.address_2 = _got_address_2
        _built.city = _got_city
        _built.post_code = _got_post_code
        _built.province_name = _got_province_name
        _built.province_code = _got_province_code
        _built.country_name = _got_country_name
        _built.country_iso2 = _got_country_iso2
        _built.phone = _got_phone
        _built.email = _got_email
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
