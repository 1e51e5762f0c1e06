from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderItemCreate")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "quantity",
        "price",
        "retailer_product_id",
        "retailer_sku",
        "internal_id",
        "order_item_notes",
    }
)


@_attrs_define
class OrderItemCreate:
    """One line of a new order.

    Attributes:
        name (str | Unset):
        quantity (int | Unset):
        price (float | Unset): Unit price charged to the customer.
        retailer_product_id (int | Unset):
        retailer_sku (str | Unset):
        internal_id (str | Unset):
        order_item_notes (list[Note] | Unset):
    """

    name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    retailer_product_id: int | Unset = UNSET
    retailer_sku: str | Unset = UNSET
    internal_id: str | Unset = UNSET
    order_item_notes: list[Note] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        price = self.price

        retailer_product_id = self.retailer_product_id

        retailer_sku = self.retailer_sku

        internal_id = self.internal_id

        try:
            order_item_notes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.order_item_notes, Unset):
                order_item_notes = []
                for order_item_notes_item_data_index, order_item_notes_item_data in enumerate(self.order_item_notes):
                    try:
                        order_item_notes_item = order_item_notes_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", order_item_notes_item_data_index, "value", order_item_notes_item_data, exc
                        ) from exc
                    order_item_notes.append(order_item_notes_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderItemCreate", "order_item_notes", "value", self.order_item_notes, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if retailer_product_id is not UNSET:
            field_dict["retailer_product_id"] = retailer_product_id
        if retailer_sku is not UNSET:
            field_dict["retailer_sku"] = retailer_sku
        if internal_id is not UNSET:
            field_dict["internal_id"] = internal_id
        if order_item_notes is not UNSET:
            field_dict["order_item_notes"] = order_item_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            name = src_dict.get("name", UNSET)

            quantity = src_dict.get("quantity", UNSET)

            price = src_dict.get("price", UNSET)

            retailer_product_id = src_dict.get("retailer_product_id", UNSET)

            retailer_sku = src_dict.get("retailer_sku", UNSET)

            internal_id = src_dict.get("internal_id", UNSET)

            try:
                _order_item_notes = src_dict.get("order_item_notes", UNSET)
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

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderItemCreate", "order_item_notes", "value", src_dict.get("order_item_notes"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderItemCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.name = name
        _built.quantity = quantity
        _built.price = price
        _built.retailer_product_id = retailer_product_id
        _built.retailer_sku = retailer_sku
        _built.internal_id = internal_id
        _built.order_item_notes = order_item_notes
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
from ..models.note import Note  # noqa: E402
