from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductAttributes")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "retailer_sku",
        "upc",
        "mpn",
        "other_barcode",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class ProductAttributes:
    """The product's own fields, as stored.

    Attributes:
        name (str | Unset):
        retailer_sku (str | Unset):
        upc (str | Unset):
        mpn (str | Unset):
        other_barcode (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    retailer_sku: str | Unset = UNSET
    upc: str | Unset = UNSET
    mpn: str | Unset = UNSET
    other_barcode: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        retailer_sku = self.retailer_sku

        upc = self.upc

        mpn = self.mpn

        other_barcode = self.other_barcode

        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("ProductAttributes", "created_at", "format", self.created_at, exc) from exc

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("ProductAttributes", "updated_at", "format", self.updated_at, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if retailer_sku is not UNSET:
            field_dict["retailer_sku"] = retailer_sku
        if upc is not UNSET:
            field_dict["upc"] = upc
        if mpn is not UNSET:
            field_dict["mpn"] = mpn
        if other_barcode is not UNSET:
            field_dict["other_barcode"] = other_barcode
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            name = src_dict.get("name", UNSET)

            retailer_sku = src_dict.get("retailer_sku", UNSET)

            upc = src_dict.get("upc", UNSET)

            mpn = src_dict.get("mpn", UNSET)

            other_barcode = src_dict.get("other_barcode", UNSET)

            try:
                _created_at = src_dict.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductAttributes", "created_at", "format", src_dict.get("created_at"), exc
                ) from exc

            try:
                _updated_at = src_dict.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductAttributes", "updated_at", "format", src_dict.get("updated_at"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ProductAttributes", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.name = name
        _built.retailer_sku = retailer_sku
        _built.upc = upc
        _built.mpn = mpn
        _built.other_barcode = other_barcode
        _built.created_at = created_at
        _built.updated_at = updated_at
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
