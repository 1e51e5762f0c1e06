from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductInventoryCreate")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "vendor_id",
        "vendor_name",
        "vendor_sku",
        "purchase_name",
        "cost",
        "manage_inventory",
        "quantity_available",
        "backordered_until",
    }
)


@_attrs_define
class ProductInventoryCreate:
    """One vendor's stock and cost for a new product (developers.duoplane.com "Create a product", `product_inventories`).
    Left open: the inventory-management help page names a further per-inventory field (`leadtime_days`) that the API
    page does not show, so its list may be incomplete.

        Attributes:
            vendor_id (int | Unset): The vendor (supplier or warehouse) holding this stock.
            vendor_name (str | Unset): The vendor's name as it appears in Duoplane.
            vendor_sku (str | Unset): The SKU of the item in the vendor's own system.
            purchase_name (str | Unset): The name the vendor knows the product by, if different.
            cost (float | Unset): The wholesale cost per unit at this vendor.
            manage_inventory (bool | Unset): Whether Duoplane tracks a specific quantity for this vendor.
            quantity_available (int | Unset): Units available at this vendor.
            backordered_until (datetime.date | Unset): For an out-of-stock item, when it is expected back in stock.
    """

    vendor_id: int | Unset = UNSET
    vendor_name: str | Unset = UNSET
    vendor_sku: str | Unset = UNSET
    purchase_name: str | Unset = UNSET
    cost: float | Unset = UNSET
    manage_inventory: bool | Unset = UNSET
    quantity_available: int | Unset = UNSET
    backordered_until: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        vendor_sku = self.vendor_sku

        purchase_name = self.purchase_name

        cost = self.cost

        manage_inventory = self.manage_inventory

        quantity_available = self.quantity_available

        try:
            backordered_until: str | Unset = UNSET
            if not isinstance(self.backordered_until, Unset):
                backordered_until = self.backordered_until.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value(
                "ProductInventoryCreate", "backordered_until", "format", self.backordered_until, exc
            ) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if vendor_sku is not UNSET:
            field_dict["vendor_sku"] = vendor_sku
        if purchase_name is not UNSET:
            field_dict["purchase_name"] = purchase_name
        if cost is not UNSET:
            field_dict["cost"] = cost
        if manage_inventory is not UNSET:
            field_dict["manage_inventory"] = manage_inventory
        if quantity_available is not UNSET:
            field_dict["quantity_available"] = quantity_available
        if backordered_until is not UNSET:
            field_dict["backordered_until"] = backordered_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            vendor_id = src_dict.get("vendor_id", UNSET)

            vendor_name = src_dict.get("vendor_name", UNSET)

            vendor_sku = src_dict.get("vendor_sku", UNSET)

            purchase_name = src_dict.get("purchase_name", UNSET)

            cost = src_dict.get("cost", UNSET)

            manage_inventory = src_dict.get("manage_inventory", UNSET)

            quantity_available = src_dict.get("quantity_available", UNSET)

            try:
                _backordered_until = src_dict.get("backordered_until", UNSET)
                backordered_until: datetime.date | Unset
                if _backordered_until is UNSET:
                    backordered_until = UNSET
                else:
                    backordered_until = datetime.date.fromisoformat(_backordered_until)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductInventoryCreate", "backordered_until", "format", src_dict.get("backordered_until"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ProductInventoryCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.vendor_id = vendor_id
        _built.vendor_name = vendor_name
        _built.vendor_sku = vendor_sku
        _built.purchase_name = purchase_name
        _built.cost = cost
        _built.manage_inventory = manage_inventory
        _built.quantity_available = quantity_available
        _built.backordered_until = backordered_until
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
