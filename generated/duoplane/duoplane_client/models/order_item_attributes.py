from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderItemAttributes")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "quantity",
        "price",
        "cost",
        "retailer_product_id",
        "retailer_sku",
        "internal_id",
        "vendor_sku",
        "upc",
        "mpn",
        "other_barcode",
        "order_item_notes",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class OrderItemAttributes:
    """A stored order line, with the vendor's cost and identifiers added ("OrderItem attributes").

    Attributes:
        name (str | Unset):
        quantity (int | Unset):
        price (float | Unset):
        cost (float | Unset): What the vendor charges the retailer per unit.
        retailer_product_id (int | Unset):
        retailer_sku (str | Unset):
        internal_id (str | Unset):
        vendor_sku (str | Unset):
        upc (str | Unset):
        mpn (str | Unset):
        other_barcode (str | Unset):
        order_item_notes (list[Note] | Unset):
    """

    name: str | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    price: float | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    retailer_product_id: int | None | Unset = UNSET
    retailer_sku: str | None | Unset = UNSET
    internal_id: str | None | Unset = UNSET
    vendor_sku: str | None | Unset = UNSET
    upc: str | None | Unset = UNSET
    mpn: str | None | Unset = UNSET
    other_barcode: str | None | Unset = UNSET
    order_item_notes: list[Note] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_name = self.name

        _out_quantity = self.quantity

        _out_price = self.price

        _out_cost = self.cost

        _out_retailer_product_id = self.retailer_product_id

        _out_retailer_sku = self.retailer_sku

        _out_internal_id = self.internal_id

        _out_vendor_sku = self.vendor_sku

        _out_upc = self.upc

        _out_mpn = self.mpn

        _out_other_barcode = self.other_barcode

        _out_order_item_notes: Any
        if self.order_item_notes is None or isinstance(self.order_item_notes, Unset):
            _out_order_item_notes = self.order_item_notes
        else:
            try:
                order_item_notes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.order_item_notes, Unset):
                    order_item_notes = []
                    for order_item_notes_item_data_index, order_item_notes_item_data in enumerate(
                        self.order_item_notes
                    ):
                        try:
                            order_item_notes_item = order_item_notes_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_item_notes_item_data_index, "value", order_item_notes_item_data, exc
                            ) from exc
                        order_item_notes.append(order_item_notes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderItemAttributes", "order_item_notes", "value", self.order_item_notes, exc
                ) from exc
            _out_order_item_notes = order_item_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_name is not UNSET:
            field_dict["name"] = _out_name
        if _out_quantity is not UNSET:
            field_dict["quantity"] = _out_quantity
        if _out_price is not UNSET:
            field_dict["price"] = _out_price
        if _out_cost is not UNSET:
            field_dict["cost"] = _out_cost
        if _out_retailer_product_id is not UNSET:
            field_dict["retailer_product_id"] = _out_retailer_product_id
        if _out_retailer_sku is not UNSET:
            field_dict["retailer_sku"] = _out_retailer_sku
        if _out_internal_id is not UNSET:
            field_dict["internal_id"] = _out_internal_id
        if _out_vendor_sku is not UNSET:
            field_dict["vendor_sku"] = _out_vendor_sku
        if _out_upc is not UNSET:
            field_dict["upc"] = _out_upc
        if _out_mpn is not UNSET:
            field_dict["mpn"] = _out_mpn
        if _out_other_barcode is not UNSET:
            field_dict["other_barcode"] = _out_other_barcode
        if _out_order_item_notes is not UNSET:
            field_dict["order_item_notes"] = _out_order_item_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_name = src_dict.get("name", UNSET)

        _got_quantity = src_dict.get("quantity", UNSET)

        _got_price = src_dict.get("price", UNSET)

        _got_cost = src_dict.get("cost", UNSET)

        _got_retailer_product_id = src_dict.get("retailer_product_id", UNSET)

        _got_retailer_sku = src_dict.get("retailer_sku", UNSET)

        _got_internal_id = src_dict.get("internal_id", UNSET)

        _got_vendor_sku = src_dict.get("vendor_sku", UNSET)

        _got_upc = src_dict.get("upc", UNSET)

        _got_mpn = src_dict.get("mpn", UNSET)

        _got_other_barcode = src_dict.get("other_barcode", UNSET)

        _raw_order_item_notes: Any = src_dict.get("order_item_notes", UNSET)
        _got_order_item_notes: Any = _raw_order_item_notes
        if _raw_order_item_notes is not UNSET and _raw_order_item_notes is not None:
            try:
                _order_item_notes = _raw_order_item_notes
                order_item_notes: list[Note] | Unset = UNSET
                if _order_item_notes is not UNSET:
                    order_item_notes = []
                    for order_item_notes_item_data_index, order_item_notes_item_data in enumerate(_order_item_notes):
                        try:
                            order_item_notes_item = Note.from_dict(order_item_notes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_item_notes_item_data_index, "value", order_item_notes_item_data, exc
                            ) from exc
                        order_item_notes.append(order_item_notes_item)

                _got_order_item_notes = order_item_notes
            except PARSE_ERRORS as exc:
                unparsable("OrderItemAttributes", "order_item_notes", "value", _raw_order_item_notes, exc)
                _got_order_item_notes = UNSET
                _kept = {**(_kept or {}), "order_item_notes": _raw_order_item_notes}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_name is None
            or _got_quantity is None
            or _got_price is None
            or _got_cost is None
            or _got_retailer_product_id is None
            or _got_retailer_sku is None
            or _got_internal_id is None
            or _got_vendor_sku is None
            or _got_upc is None
            or _got_mpn is None
            or _got_other_barcode is None
            or _raw_order_item_notes is None
        ):
            gaps("OrderItemAttributes", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.name = _got_name
        _built.quantity = _got_quantity
        _built.price = _got_price
        _built.cost = _got_cost
        _built.retailer_product_id = _got_retailer_product_id
        _built.retailer_sku = _got_retailer_sku
        _built.internal_id = _got_internal_id
        _built.vendor_sku = _got_vendor_sku
        _built.upc = _got_upc
        _built.mpn = _got_mpn
        _built.other_barcode = _got_other_barcode
        _built.order_item_notes = _got_order_item_notes
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


# Other models, imported last so circular references between models resolve (see the template).
from ..models.note import Note  # noqa: E402
