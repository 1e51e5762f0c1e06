from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key, undeclared_keys
from ..models.inventory_sync_strategy import InventorySyncStrategy
from ..models.order_create_status import OrderCreateStatus
from ..models.order_mode import OrderMode
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderCreate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "mode",
        "status",
        "currency",
        "email",
        "invoice_number",
        "items",
        "billing_address",
        "shipping_address",
        "shipping_method",
        "shipping_instructions",
        "payment",
        "created",
        "external_id",
        "inventory_sync_strategy",
        "ip_address",
        "user_agent",
        "metadata",
    }
)


@_attrs_define
class OrderCreate:
    """An order placed outside the site's checkout.

    Attributes:
        mode (OrderMode): Whether the order was placed in test or live mode.
        status (OrderCreateStatus): The statuses an order may be created with: every order status except DISPUTED.
        currency (str): The order's currency code. The Order object returns it only as `payment.currency`.
        email (str):
        invoice_number (str): Unique within the site.
        items (list[OrderItem]):
        billing_address (Address): A billing or shipping address.
        shipping_address (Address | Unset): A billing or shipping address.
        shipping_method (ShippingMethod | Unset): The shipping method chosen. Docs disagree: the JSON examples call its
            name `name`, the field table `method`; both are accepted.
        shipping_instructions (str | Unset):
        payment (Payment | Unset): How the order was paid.
        created (datetime.datetime | Unset):
        external_id (str | Unset):
        inventory_sync_strategy (InventorySyncStrategy | Unset): On create, whether to adjust the store's stock for the
            items.
        ip_address (str | Unset): The customer's IP address.
        user_agent (str | Unset): The customer's browser user agent (not the API client's).
        metadata (MetadataObject | Unset): Metadata given as an object of free-form keys (the create call takes this
            form).
    """

    mode: OrderMode
    status: OrderCreateStatus
    currency: str
    email: str
    invoice_number: str
    items: list[OrderItem]
    billing_address: Address
    shipping_address: Address | Unset = UNSET
    shipping_method: ShippingMethod | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
    payment: Payment | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    external_id: str | Unset = UNSET
    inventory_sync_strategy: InventorySyncStrategy | Unset = UNSET
    ip_address: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    metadata: MetadataObject | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            mode = getattr(self.mode, "value", self.mode)
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "mode", "enum", self.mode, exc) from exc

        try:
            status = getattr(self.status, "value", self.status)
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "status", "enum", self.status, exc) from exc

        currency = self.currency

        email = self.email

        invoice_number = self.invoice_number

        try:
            items = []
            for items_item_data_index, items_item_data in enumerate(self.items):
                try:
                    items_item = items_item_data.to_dict()
                except PARSE_ERRORS as exc:
                    raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                items.append(items_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "items", "value", self.items, exc) from exc

        try:
            billing_address = self.billing_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "billing_address", "value", self.billing_address, exc) from exc

        try:
            shipping_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_address, Unset):
                shipping_address = self.shipping_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "shipping_address", "value", self.shipping_address, exc) from exc

        try:
            shipping_method: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_method, Unset):
                shipping_method = self.shipping_method.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "shipping_method", "value", self.shipping_method, exc) from exc

        shipping_instructions = self.shipping_instructions

        try:
            payment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment, Unset):
                payment = self.payment.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "payment", "value", self.payment, exc) from exc

        try:
            created: str | Unset = UNSET
            if not isinstance(self.created, Unset):
                created = self.created.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "created", "format", self.created, exc) from exc

        external_id = self.external_id

        try:
            inventory_sync_strategy: str | Unset = UNSET
            if not isinstance(self.inventory_sync_strategy, Unset):
                inventory_sync_strategy = getattr(self.inventory_sync_strategy, "value", self.inventory_sync_strategy)

        except PARSE_ERRORS as exc:
            raise invalid_value(
                "OrderCreate", "inventory_sync_strategy", "enum", self.inventory_sync_strategy, exc
            ) from exc

        ip_address = self.ip_address

        user_agent = self.user_agent

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderCreate", "metadata", "value", self.metadata, exc) from exc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
                "status": status,
                "currency": currency,
                "email": email,
                "invoice_number": invoice_number,
                "items": items,
                "billing_address": billing_address,
            }
        )
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if shipping_instructions is not UNSET:
            field_dict["shipping_instructions"] = shipping_instructions
        if payment is not UNSET:
            field_dict["payment"] = payment
        if created is not UNSET:
            field_dict["created"] = created
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if inventory_sync_strategy is not UNSET:
            field_dict["inventory_sync_strategy"] = inventory_sync_strategy
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("OrderCreate", src_dict.keys() - _KNOWN_KEYS)
        try:
            try:
                mode = OrderMode(src_dict["mode"])

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "mode", "enum", src_dict.get("mode"), exc) from exc

            try:
                status = OrderCreateStatus(src_dict["status"])

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "status", "enum", src_dict.get("status"), exc) from exc

            currency = src_dict["currency"]

            email = src_dict["email"]

            invoice_number = src_dict["invoice_number"]

            try:
                items = []
                _items = src_dict["items"]
                for items_item_data_index, items_item_data in enumerate(_items):
                    try:
                        items_item = OrderItem.from_dict(items_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                    items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "items", "value", src_dict.get("items"), exc) from exc

            try:
                billing_address = Address.from_dict(src_dict["billing_address"])

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderCreate", "billing_address", "value", src_dict.get("billing_address"), exc
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
                    "OrderCreate", "shipping_address", "value", src_dict.get("shipping_address"), exc
                ) from exc

            try:
                _shipping_method = src_dict.get("shipping_method", UNSET)
                shipping_method: ShippingMethod | Unset
                if _shipping_method is UNSET:
                    shipping_method = UNSET
                else:
                    shipping_method = ShippingMethod.from_dict(_shipping_method)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderCreate", "shipping_method", "value", src_dict.get("shipping_method"), exc
                ) from exc

            shipping_instructions = src_dict.get("shipping_instructions", UNSET)

            try:
                _payment = src_dict.get("payment", UNSET)
                payment: Payment | Unset
                if _payment is UNSET:
                    payment = UNSET
                else:
                    payment = Payment.from_dict(_payment)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "payment", "value", src_dict.get("payment"), exc) from exc

            try:
                _created = src_dict.get("created", UNSET)
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "created", "format", src_dict.get("created"), exc) from exc

            external_id = src_dict.get("external_id", UNSET)

            try:
                _inventory_sync_strategy = src_dict.get("inventory_sync_strategy", UNSET)
                inventory_sync_strategy: InventorySyncStrategy | Unset
                if _inventory_sync_strategy is UNSET:
                    inventory_sync_strategy = UNSET
                else:
                    inventory_sync_strategy = InventorySyncStrategy(_inventory_sync_strategy)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderCreate", "inventory_sync_strategy", "enum", src_dict.get("inventory_sync_strategy"), exc
                ) from exc

            ip_address = src_dict.get("ip_address", UNSET)

            user_agent = src_dict.get("user_agent", UNSET)

            try:
                _metadata = src_dict.get("metadata", UNSET)
                metadata: MetadataObject | Unset
                if _metadata is UNSET:
                    metadata = UNSET
                else:
                    metadata = MetadataObject.from_dict(_metadata)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderCreate", "metadata", "value", src_dict.get("metadata"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.mode = mode
        _built.status = status
        _built.currency = currency
        _built.email = email
        _built.invoice_number = invoice_number
        _built.items = items
        _built.billing_address = billing_address
        _built.shipping_address = shipping_address
        _built.shipping_method = shipping_method
        _built.shipping_instructions = shipping_instructions
        _built.payment = payment
        _built.created = created
        _built.external_id = external_id
        _built.inventory_sync_strategy = inventory_sync_strategy
        _built.ip_address = ip_address
        _built.user_agent = user_agent
        _built.metadata = metadata

        return _built


# Other models, imported last so circular references between models resolve (see the template).
from ..models.address import Address  # noqa: E402
from ..models.metadata_object import MetadataObject  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.shipping_method import ShippingMethod  # noqa: E402
