from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderCreate")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "store_id",
        "store_source_name",
        "internal_id",
        "external_id",
        "ordered_at",
        "tag_names",
        "customer_note",
        "order_notes",
        "shipping_address",
        "billing_address",
        "order_items",
    }
)


@_attrs_define
class OrderCreate:
    """A new order. The reference lists every field below and marks none as required.

    Attributes:
        store_id (int | Unset): Which of the retailer's stores the order came from.
        store_source_name (str | Unset):
        internal_id (str | Unset): The retailer's own id for the order.
        external_id (str | Unset): The id shown to the customer (e.g. the shop's order number).
        ordered_at (datetime.datetime | Unset):
        tag_names (list[str] | Unset):
        customer_note (str | Unset):
        order_notes (list[Note] | Unset):
        shipping_address (AddressFields | Unset): A postal address with contact details, as sent in a new order.
        billing_address (AddressFields | Unset): A postal address with contact details, as sent in a new order.
        order_items (list[OrderItemCreate] | Unset):
    """

    store_id: int | Unset = UNSET
    store_source_name: str | Unset = UNSET
    internal_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    ordered_at: datetime.datetime | Unset = UNSET
    tag_names: list[str] | Unset = UNSET
    customer_note: str | Unset = UNSET
    order_notes: list[Note] | Unset = UNSET
    shipping_address: AddressFields | Unset = UNSET
    billing_address: AddressFields | Unset = UNSET
    order_items: list[OrderItemCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        store_id = self.store_id

        store_source_name = self.store_source_name

        internal_id = self.internal_id

        external_id = self.external_id

        try:
            ordered_at: str | Unset = UNSET
            if not isinstance(self.ordered_at, Unset):
                ordered_at = self.ordered_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "ordered_at", "format", self.ordered_at, exc) from exc

        try:
            tag_names: list[str] | Unset = UNSET
            if not isinstance(self.tag_names, Unset):
                tag_names = self.tag_names

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "tag_names", "value", self.tag_names, exc) from exc

        customer_note = self.customer_note

        try:
            order_notes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.order_notes, Unset):
                order_notes = []
                for order_notes_item_data_index, order_notes_item_data in enumerate(self.order_notes):
                    try:
                        order_notes_item = order_notes_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", order_notes_item_data_index, "value", order_notes_item_data, exc
                        ) from exc
                    order_notes.append(order_notes_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "order_notes", "value", self.order_notes, exc) from exc

        try:
            shipping_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_address, Unset):
                shipping_address = self.shipping_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "shipping_address", "value", self.shipping_address, exc) from exc

        try:
            billing_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.billing_address, Unset):
                billing_address = self.billing_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "billing_address", "value", self.billing_address, exc) from exc

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
            raise invalid_value("OrderCreate", "order_items", "value", self.order_items, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if store_source_name is not UNSET:
            field_dict["store_source_name"] = store_source_name
        if internal_id is not UNSET:
            field_dict["internal_id"] = internal_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if ordered_at is not UNSET:
            field_dict["ordered_at"] = ordered_at
        if tag_names is not UNSET:
            field_dict["tag_names"] = tag_names
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if order_notes is not UNSET:
            field_dict["order_notes"] = order_notes
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if order_items is not UNSET:
            field_dict["order_items"] = order_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            store_id = src_dict.get("store_id", UNSET)

            store_source_name = src_dict.get("store_source_name", UNSET)

            internal_id = src_dict.get("internal_id", UNSET)

            external_id = src_dict.get("external_id", UNSET)

            try:
                _ordered_at = src_dict.get("ordered_at", UNSET)
                ordered_at: datetime.datetime | Unset
                if _ordered_at is UNSET:
                    ordered_at = UNSET
                else:
                    ordered_at = datetime.datetime.fromisoformat(_ordered_at)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "ordered_at", "format", src_dict.get("ordered_at"), exc) from exc

            try:
                tag_names = src_dict.get("tag_names", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "tag_names", "value", src_dict.get("tag_names"), exc) from exc

            customer_note = src_dict.get("customer_note", UNSET)

            try:
                _order_notes = src_dict.get("order_notes", UNSET)
                order_notes: list[Note] | Unset = UNSET
                if _order_notes is not UNSET:
                    order_notes = []
                    for order_notes_item_data_index, order_notes_item_data in enumerate(_order_notes):
                        try:
                            order_notes_item = Note.from_dict(order_notes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_notes_item_data_index, "value", order_notes_item_data, exc
                            ) from exc
                        order_notes.append(order_notes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "order_notes", "value", src_dict.get("order_notes"), exc) from exc

            try:
                _shipping_address = src_dict.get("shipping_address", UNSET)
                shipping_address: AddressFields | Unset
                if _shipping_address is UNSET:
                    shipping_address = UNSET
                else:
                    shipping_address = AddressFields.from_dict(_shipping_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderCreate", "shipping_address", "value", src_dict.get("shipping_address"), exc
                ) from exc

            try:
                _billing_address = src_dict.get("billing_address", UNSET)
                billing_address: AddressFields | Unset
                if _billing_address is UNSET:
                    billing_address = UNSET
                else:
                    billing_address = AddressFields.from_dict(_billing_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderCreate", "billing_address", "value", src_dict.get("billing_address"), exc
                ) from exc

            try:
                _order_items = src_dict.get("order_items", UNSET)
                order_items: list[OrderItemCreate] | Unset = UNSET
                if _order_items is not UNSET:
                    order_items = []
                    for order_items_item_data_index, order_items_item_data in enumerate(_order_items):
                        try:
                            order_items_item = OrderItemCreate.from_dict(order_items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_items_item_data_index, "value", order_items_item_data, exc
                            ) from exc
                        order_items.append(order_items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "order_items", "value", src_dict.get("order_items"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.store_id = store_id
        _built.store_source_name = store_source_name
        _built.internal_id = internal_id
        _built.external_id = external_id
        _built.ordered_at = ordered_at
        _built.tag_names = tag_names
        _built.customer_note = customer_note
        _built.order_notes = order_notes
        _built.shipping_address = shipping_address
        _built.billing_address = billing_address
        _built.order_items = order_items
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
from ..models.address_fields import AddressFields  # noqa: E402
from ..models.note import Note  # noqa: E402
from ..models.order_item_create import OrderItemCreate  # noqa: E402
