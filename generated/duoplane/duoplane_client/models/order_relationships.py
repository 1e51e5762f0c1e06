from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class OrderRelationships:
    """The order's items and addresses.

    Attributes:
        order_items (list[OrderItem] | Unset):
        shipping_address (Address | Unset): A stored shipping or billing address ("Address object").
        billing_address (Address | Unset): A stored shipping or billing address ("Address object").
    """

    order_items: list[OrderItem] | None | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_order_items: Any
        if self.order_items is None or isinstance(self.order_items, Unset):
            _out_order_items = self.order_items
        else:
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
            _out_order_items = order_items

        _out_shipping_address: Any
        if self.shipping_address is None or isinstance(self.shipping_address, Unset):
            _out_shipping_address = self.shipping_address
        else:
            try:
                shipping_address: dict[str, Any] | Unset = UNSET
                if not isinstance(self.shipping_address, Unset):
                    shipping_address = self.shipping_address.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderRelationships", "shipping_address", "value", self.shipping_address, exc
                ) from exc
            _out_shipping_address = shipping_address

        _out_billing_address: Any
        if self.billing_address is None or isinstance(self.billing_address, Unset):
            _out_billing_address = self.billing_address
        else:
            try:
                billing_address: dict[str, Any] | Unset = UNSET
                if not isinstance(self.billing_address, Unset):
                    billing_address = self.billing_address.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderRelationships", "billing_address", "value", self.billing_address, exc
                ) from exc
            _out_billing_address = billing_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_order_items is not UNSET:
            field_dict["order_items"] = _out_order_items
        if _out_shipping_address is not UNSET:
            field_dict["shipping_address"] = _out_shipping_address
        if _out_billing_address is not UNSET:
            field_dict["billing_address"] = _out_billing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_order_items: Any = src_dict.get("order_items", UNSET)
        _got_order_items: Any = _raw_order_items
        if _raw_order_items is not UNSET and _raw_order_items is not None:
            try:
                _order_items = _raw_order_items
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

                _got_order_items = order_items
            except PARSE_ERRORS as exc:
                unparsable("OrderRelationships", "order_items", "value", _raw_order_items, exc)
                _got_order_items = UNSET
                _kept = {**(_kept or {}), "order_items": _raw_order_items}

        _raw_shipping_address: Any = src_dict.get("shipping_address", UNSET)
        _got_shipping_address: Any = _raw_shipping_address
        if _raw_shipping_address is not UNSET and _raw_shipping_address is not None:
            try:
                _shipping_address = _raw_shipping_address
                shipping_address: Address | Unset
                if _shipping_address is UNSET:
                    shipping_address = UNSET
                else:
                    shipping_address = Address.from_dict(_shipping_address)

                _got_shipping_address = shipping_address
            except PARSE_ERRORS as exc:
                unparsable("OrderRelationships", "shipping_address", "value", _raw_shipping_address, exc)
                _got_shipping_address = UNSET
                _kept = {**(_kept or {}), "shipping_address": _raw_shipping_address}

        _raw_billing_address: Any = src_dict.get("billing_address", UNSET)
        _got_billing_address: Any = _raw_billing_address
        if _raw_billing_address is not UNSET and _raw_billing_address is not None:
            try:
                _billing_address = _raw_billing_address
                billing_address: Address | Unset
                if _billing_address is UNSET:
                    billing_address = UNSET
                else:
                    billing_address = Address.from_dict(_billing_address)

                _got_billing_address = billing_address
            except PARSE_ERRORS as exc:
                unparsable("OrderRelationships", "billing_address", "value", _raw_billing_address, exc)
                _got_billing_address = UNSET
                _kept = {**(_kept or {}), "billing_address": _raw_billing_address}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _raw_order_items is None or _raw_shipping_address is None or _raw_billing_address is None:
            gaps("OrderRelationships", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.order_items = _got_order_items
        _built.shipping_address = _got_shipping_address
        _built.billing_address = _got_billing_address
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
from ..models.address import Address  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
