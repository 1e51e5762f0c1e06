from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderRelationships")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "order_items",
        "shipping_address",
        "billing_address",
    }
)


@_attrs_define
class OrderRelationships:
    """The order's items and addresses.

    Attributes:
        order_items (list[OrderItem] | Unset):
        shipping_address (Address | Unset): A stored shipping or billing address.
        billing_address (Address | Unset): A stored shipping or billing address.
    """

    order_items: list[OrderItem] | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    billing_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            order_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.order_items, Unset):
                order_items = []
                for order_items_item_data_index, order_items_item_data in enumerate(self.order_items):
                    try:
                        order_items_item = order_items_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", order_items_item_data_index, "value", order_items_item_data, exc
                        ) from exc
                    order_items.append(order_items_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderRelationships", "order_items", "value", self.order_items, exc) from exc

        try:
            shipping_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_address, Unset):
                shipping_address = self.shipping_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderRelationships", "shipping_address", "value", self.shipping_address, exc) from exc

        try:
            billing_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.billing_address, Unset):
                billing_address = self.billing_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderRelationships", "billing_address", "value", self.billing_address, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_items is not UNSET:
            field_dict["order_items"] = order_items
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                _order_items = src_dict.get("order_items", UNSET)
                order_items: list[OrderItem] | Unset = UNSET
                if _order_items is not UNSET:
                    order_items = []
                    for order_items_item_data_index, order_items_item_data in enumerate(_order_items):
                        try:
                            order_items_item = OrderItem.from_dict(order_items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_items_item_data_index, "value", order_items_item_data, exc
                            ) from exc
                        order_items.append(order_items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderRelationships", "order_items", "value", src_dict.get("order_items"), exc
                ) from exc

            try:
                _shipping_address = src_dict.get("shipping_address", UNSET)
                shipping_address: Address | Unset
                if _shipping_address is UNSET:
                    shipping_address = UNSET
                else:
                    shipping_address = Address.from_dict(_shipping_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderRelationships", "shipping_address", "value", src_dict.get("shipping_address"), exc
                ) from exc

            try:
                _billing_address = src_dict.get("billing_address", UNSET)
                billing_address: Address | Unset
                if _billing_address is UNSET:
                    billing_address = UNSET
                else:
                    billing_address = Address.from_dict(_billing_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderRelationships", "billing_address", "value", src_dict.get("billing_address"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderRelationships", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.order_items = order_items
        _built.shipping_address = shipping_address
        _built.billing_address = billing_address
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
from ..models.address import Address  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
