from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key, undeclared_keys
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderUpdate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "email",
        "items",
        "billing_address",
        "shipping_address",
        "shipping_instructions",
        "metadata",
    }
)


@_attrs_define
class OrderUpdate:
    """The order fields that may change; fields left out keep their values. Inferred: `metadata` is an object as on create
    (additional facts name it without a type).

        Attributes:
            status (OrderStatus | Unset): Where the order is in its life.
            email (str | Unset):
            items (list[OrderItemUpdate] | Unset):
            billing_address (Address | Unset): A billing or shipping address.
            shipping_address (Address | Unset): A billing or shipping address.
            shipping_instructions (str | Unset):
            metadata (MetadataObject | Unset): Metadata given as an object of free-form keys (the create call takes this
                form).
    """

    status: OrderStatus | Unset = UNSET
    email: str | Unset = UNSET
    items: list[OrderItemUpdate] | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
    metadata: MetadataObject | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "status", "enum", self.status, exc) from exc

        email = self.email

        try:
            items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.items, Unset):
                items = []
                for items_item_data_index, items_item_data in enumerate(self.items):
                    try:
                        items_item = items_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                    items.append(items_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "items", "value", self.items, exc) from exc

        try:
            billing_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.billing_address, Unset):
                billing_address = self.billing_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "billing_address", "value", self.billing_address, exc) from exc

        try:
            shipping_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_address, Unset):
                shipping_address = self.shipping_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "shipping_address", "value", self.shipping_address, exc) from exc

        shipping_instructions = self.shipping_instructions

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "metadata", "value", self.metadata, exc) from exc

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if email is not UNSET:
            field_dict["email"] = email
        if items is not UNSET:
            field_dict["items"] = items
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_instructions is not UNSET:
            field_dict["shipping_instructions"] = shipping_instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("OrderUpdate", src_dict.keys() - _KNOWN_KEYS)
        try:
            try:
                _status = src_dict.get("status", UNSET)
                status: OrderStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = OrderStatus(_status)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "status", "enum", src_dict.get("status"), exc) from exc

            email = src_dict.get("email", UNSET)

            try:
                _items = src_dict.get("items", UNSET)
                items: list[OrderItemUpdate] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = OrderItemUpdate.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "items", "value", src_dict.get("items"), exc) from exc

            try:
                _billing_address = src_dict.get("billing_address", UNSET)
                billing_address: Address | Unset
                if _billing_address is UNSET:
                    billing_address = UNSET
                else:
                    billing_address = Address.from_dict(_billing_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderUpdate", "billing_address", "value", src_dict.get("billing_address"), exc
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
                    "OrderUpdate", "shipping_address", "value", src_dict.get("shipping_address"), exc
                ) from exc

            shipping_instructions = src_dict.get("shipping_instructions", UNSET)

            try:
                _metadata = src_dict.get("metadata", UNSET)
                metadata: MetadataObject | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = MetadataObject.from_dict(_metadata)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "metadata", "value", src_dict.get("metadata"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderUpdate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.status = status
        _built.email = email
        _built.items = items
        _built.billing_address = billing_address
        _built.shipping_address = shipping_address
        _built.shipping_instructions = shipping_instructions
        _built.metadata = metadata

        return _built


# Other models, imported last so circular references between models resolve (see the template).
from ..models.address import Address  # noqa: E402
from ..models.metadata_object import MetadataObject  # noqa: E402
from ..models.order_item_update import OrderItemUpdate  # noqa: E402
