from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductInventoryAttributes")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "product_id",
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset(
    {
        "backordered_until",
    }
)


@_attrs_define
class ProductInventoryAttributes:
    """One vendor's stock and cost for a product ("ProductInventory attributes").

    Attributes:
        product_id (int | str | Unset): A Duoplane id. Docs disagree: a number on orders and inventories, a string on
            order items, addresses and products in the developers.duoplane.com schemas, while "Reference: Product API" calls
            product and inventory ids numeric; both are accepted.
        vendor_id (int | Unset):
        vendor_name (str | Unset):
        vendor_sku (str | Unset):
        purchase_name (str | Unset): The name the vendor knows the product by.
        cost (float | Unset):
        manage_inventory (bool | Unset): Whether Duoplane tracks this stock level.
        quantity_available (int | Unset):
        backordered_until (datetime.date | None | Unset): When stock is expected back, if backordered.
    """

    product_id: int | str | None | Unset = UNSET
    vendor_id: int | None | Unset = UNSET
    vendor_name: str | None | Unset = UNSET
    vendor_sku: str | None | Unset = UNSET
    purchase_name: str | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    manage_inventory: bool | None | Unset = UNSET
    quantity_available: int | None | Unset = UNSET
    backordered_until: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_product_id: Any
        if self.product_id is None or isinstance(self.product_id, Unset):
            _out_product_id = self.product_id
        else:
            try:
                product_id: int | str | Unset
                if isinstance(self.product_id, Unset):
                    product_id = UNSET
                else:
                    product_id = self.product_id
            except PARSE_ERRORS as exc:
                raise invalid_value("ProductInventoryAttributes", "product_id", "value", self.product_id, exc) from exc
            _out_product_id = product_id

        _out_vendor_id = self.vendor_id

        _out_vendor_name = self.vendor_name

        _out_vendor_sku = self.vendor_sku

        _out_purchase_name = self.purchase_name

        _out_cost = self.cost

        _out_manage_inventory = self.manage_inventory

        _out_quantity_available = self.quantity_available

        _out_backordered_until: Any
        if self.backordered_until is None or isinstance(self.backordered_until, Unset):
            _out_backordered_until = self.backordered_until
        else:
            try:
                backordered_until: None | str | Unset
                if isinstance(self.backordered_until, Unset):
                    backordered_until = UNSET
                elif isinstance(self.backordered_until, datetime.date):
                    backordered_until = self.backordered_until.isoformat()
                else:
                    backordered_until = self.backordered_until
            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductInventoryAttributes", "backordered_until", "value", self.backordered_until, exc
                ) from exc
            _out_backordered_until = backordered_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_product_id is not UNSET:
            field_dict["product_id"] = _out_product_id
        if _out_vendor_id is not UNSET:
            field_dict["vendor_id"] = _out_vendor_id
        if _out_vendor_name is not UNSET:
            field_dict["vendor_name"] = _out_vendor_name
        if _out_vendor_sku is not UNSET:
            field_dict["vendor_sku"] = _out_vendor_sku
        if _out_purchase_name is not UNSET:
            field_dict["purchase_name"] = _out_purchase_name
        if _out_cost is not UNSET:
            field_dict["cost"] = _out_cost
        if _out_manage_inventory is not UNSET:
            field_dict["manage_inventory"] = _out_manage_inventory
        if _out_quantity_available is not UNSET:
            field_dict["quantity_available"] = _out_quantity_available
        if _out_backordered_until is not UNSET:
            field_dict["backordered_until"] = _out_backordered_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_product_id: Any = src_dict.get("product_id", UNSET)
        _got_product_id: Any = _raw_product_id
        if _raw_product_id is not UNSET and _raw_product_id is not None:
            try:
                product_id = _raw_product_id

                _got_product_id = product_id
            except PARSE_ERRORS as exc:
                unparsable("ProductInventoryAttributes", "product_id", "value", _raw_product_id, exc)
                _got_product_id = UNSET
                _kept = {**(_kept or {}), "product_id": _raw_product_id}

        _got_vendor_id = src_dict.get("vendor_id", UNSET)

        _got_vendor_name = src_dict.get("vendor_name", UNSET)

        _got_vendor_sku = src_dict.get("vendor_sku", UNSET)

        _got_purchase_name = src_dict.get("purchase_name", UNSET)

        _got_cost = src_dict.get("cost", UNSET)

        _got_manage_inventory = src_dict.get("manage_inventory", UNSET)

        _got_quantity_available = src_dict.get("quantity_available", UNSET)

        _raw_backordered_until: Any = src_dict.get("backordered_until", UNSET)
        _got_backordered_until: Any = _raw_backordered_until
        if _raw_backordered_until is not UNSET and _raw_backordered_until is not None:
            try:

                def _parse_backordered_until(data: object) -> datetime.date | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        backordered_until_type_0 = datetime.date.fromisoformat(data)

                        return backordered_until_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.date | None | Unset, data)

                backordered_until = _parse_backordered_until(_raw_backordered_until)

                _got_backordered_until = backordered_until
            except PARSE_ERRORS as exc:
                unparsable("ProductInventoryAttributes", "backordered_until", "value", _raw_backordered_until, exc)
                _got_backordered_until = UNSET
                _kept = {**(_kept or {}), "backordered_until": _raw_backordered_until}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _raw_product_id is None
            or _got_vendor_id is None
            or _got_vendor_name is None
            or _got_vendor_sku is None
            or _got_purchase_name is None
            or _got_cost is None
            or _got_manage_inventory is None
            or _got_quantity_available is None
        ):
            gaps("ProductInventoryAttributes", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.product_id = _got_product_id
        _built.vendor_id = _got_vendor_id
        _built.vendor_name = _got_vendor_name
        _built.vendor_sku = _got_vendor_sku
        _built.purchase_name = _got_purchase_name
        _built.cost = _got_cost
        _built.manage_inventory = _got_manage_inventory
        _built.quantity_available = _got_quantity_available
        _built.backordered_until = _got_backordered_until
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
