from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductCreate")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "retailer_sku",
        "upc",
        "mpn",
        "other_barcode",
        "product_inventories",
    }
)


@_attrs_define
class ProductCreate:
    """A new catalogue product (developers.duoplane.com "Create a product"); the reference lists these fields and requires
    none.

        Attributes:
            name (str | Unset):
            retailer_sku (str | Unset):
            upc (str | Unset):
            mpn (str | Unset):
            other_barcode (str | Unset):
            product_inventories (list[ProductInventoryCreate] | Unset): The product's stock and cost at each vendor.
    """

    name: str | Unset = UNSET
    retailer_sku: str | Unset = UNSET
    upc: str | Unset = UNSET
    mpn: str | Unset = UNSET
    other_barcode: str | Unset = UNSET
    product_inventories: list[ProductInventoryCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        retailer_sku = self.retailer_sku

        upc = self.upc

        mpn = self.mpn

        other_barcode = self.other_barcode

        try:
            product_inventories: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.product_inventories, Unset):
                product_inventories = []
                for product_inventories_item_data_index, product_inventories_item_data in enumerate(
                    self.product_inventories
                ):
                    try:
                        product_inventories_item = product_inventories_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", product_inventories_item_data_index, "value", product_inventories_item_data, exc
                        ) from exc
                    product_inventories.append(product_inventories_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("ProductCreate", "product_inventories", "value", self.product_inventories, exc) from exc

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
        if product_inventories is not UNSET:
            field_dict["product_inventories"] = product_inventories

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
                _product_inventories = src_dict.get("product_inventories", UNSET)
                product_inventories: list[ProductInventoryCreate] | Unset = UNSET
                if _product_inventories is not UNSET:
                    product_inventories = []
                    for product_inventories_item_data_index, product_inventories_item_data in enumerate(
                        _product_inventories
                    ):
                        try:
                            product_inventories_item = ProductInventoryCreate.from_dict(product_inventories_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", product_inventories_item_data_index, "value", product_inventories_item_data, exc
                            ) from exc
                        product_inventories.append(product_inventories_item)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductCreate", "product_inventories", "value", src_dict.get("product_inventories"), exc
                ) from exc

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
        _built.product_inventories = product_inventories
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


# Other models, imported last so circular references between models resolve (see the template).
from ..models.product_inventory_create import ProductInventoryCreate  # noqa: E402
