from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import missing_key, undeclared_keys
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductCreate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "retailer_sku",
        "upc",
        "mpn",
        "other_barcode",
    }
)


@_attrs_define
class ProductCreate:
    """A new catalogue product; the reference lists these fields and requires none.

    Attributes:
        name (str | Unset):
        retailer_sku (str | Unset):
        upc (str | Unset):
        mpn (str | Unset):
        other_barcode (str | Unset):
    """

    name: str | Unset = UNSET
    retailer_sku: str | Unset = UNSET
    upc: str | Unset = UNSET
    mpn: str | Unset = UNSET
    other_barcode: str | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        retailer_sku = self.retailer_sku

        upc = self.upc

        mpn = self.mpn

        other_barcode = self.other_barcode

        field_dict: dict[str, Any] = {}

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("ProductCreate", src_dict.keys() - _KNOWN_KEYS)
        try:
            name = src_dict.get("name", UNSET)

            retailer_sku = src_dict.get("retailer_sku", UNSET)

            upc = src_dict.get("upc", UNSET)

            mpn = src_dict.get("mpn", UNSET)

            other_barcode = src_dict.get("other_barcode", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ProductCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.name = name
        _built.retailer_sku = retailer_sku
        _built.upc = upc
        _built.mpn = mpn
        _built.other_barcode = other_barcode

        return _built
