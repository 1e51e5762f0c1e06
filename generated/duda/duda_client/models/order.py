from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..models.order_mode import OrderMode
from ..models.order_source import OrderSource
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Order")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "source",
        "mode",
        "external_id",
        "status",
        "email",
        "invoice_number",
        "items",
        "billing_address",
        "shipping_address",
        "shipping_method",
        "shipping_instructions",
        "discounts",
        "taxes",
        "subtotal",
        "total",
        "payment",
        "refunds",
        "tracking_url",
        "tracking_number",
        "created",
        "user_agent",
        "ip_address",
        "metadata",
        "cancellation_reason",
        "cancelled",
        "custom_fields",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset(
    {
        "id",
    }
)
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Order:
    """An order of the site's store.

    Attributes:
        id (str): The order's unique identifier.
        source (OrderSource | Unset): How the order came in: the site's checkout, the create-order call, or a
            subscription renewal.
        mode (OrderMode | Unset): Whether the order was placed in test or live mode.
        external_id (str | Unset): The order's id in an outside system. Shown in the Order object's JSON example, not in
            its field table.
        status (OrderStatus | Unset): Where the order is in its life.
        email (str | Unset):
        invoice_number (str | Unset):
        items (list[OrderItem] | Unset):
        billing_address (Address | Unset): A billing or shipping address.
        shipping_address (Address | Unset): A billing or shipping address.
        shipping_method (ShippingMethod | Unset): The shipping method chosen. Docs disagree: the JSON examples call its
            name `name`, the field table `method`; both are accepted.
        shipping_instructions (str | Unset):
        discounts (list[Discount] | Unset):
        taxes (list[Tax] | Unset):
        subtotal (float | Unset): Before taxes, shipping and other additions.
        total (float | Unset):
        payment (Payment | Unset): How the order was paid.
        refunds (list[OrderRefundSummary] | Unset):
        tracking_url (str | Unset): The carrier's public tracking page.
        tracking_number (str | Unset):
        created (datetime.datetime | Unset): When the order was completed.
        user_agent (str | Unset):
        ip_address (str | Unset):
        metadata (MetadataObject | str | Unset): Free-form data about the order. Docs disagree: a string in the Order
            object, an object in the create call; both are accepted.
        cancellation_reason (str | Unset): Why the order was cancelled (from additional facts).
        cancelled (bool | str | Unset): Inferred: a flag or a timestamp saying the order was cancelled; additional facts
            name the field without a type, so both are accepted.
        custom_fields (list[CustomField] | Unset):
    """

    id: str | None | Unset = UNSET
    source: OrderSource | None | Unset = UNSET
    mode: OrderMode | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    status: OrderStatus | None | Unset = UNSET
    email: str | None | Unset = UNSET
    invoice_number: str | None | Unset = UNSET
    items: list[OrderItem] | None | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    shipping_method: ShippingMethod | None | Unset = UNSET
    shipping_instructions: str | None | Unset = UNSET
    discounts: list[Discount] | None | Unset = UNSET
    taxes: list[Tax] | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    payment: Payment | None | Unset = UNSET
    refunds: list[OrderRefundSummary] | None | Unset = UNSET
    tracking_url: str | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    user_agent: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    metadata: MetadataObject | str | None | Unset = UNSET
    cancellation_reason: str | None | Unset = UNSET
    cancelled: bool | str | None | Unset = UNSET
    custom_fields: list[CustomField] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_source: Any
        if self.source is None or isinstance(self.source, Unset):
            _out_source = self.source
        else:
            try:
                source: str | Unset = UNSET
                if not isinstance(self.source, Unset):
                    source = getattr(self.source, "value", self.source)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "source", "enum", self.source, exc) from exc
            _out_source = source

        _out_mode: Any
        if self.mode is None or isinstance(self.mode, Unset):
            _out_mode = self.mode
        else:
            try:
                mode: str | Unset = UNSET
                if not isinstance(self.mode, Unset):
                    mode = getattr(self.mode, "value", self.mode)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "mode", "enum", self.mode, exc) from exc
            _out_mode = mode

        _out_external_id = self.external_id

        _out_status: Any
        if self.status is None or isinstance(self.status, Unset):
            _out_status = self.status
        else:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = getattr(self.status, "value", self.status)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "status", "enum", self.status, exc) from exc
            _out_status = status

        _out_email = self.email

        _out_invoice_number = self.invoice_number

        _out_items: Any
        if self.items is None or isinstance(self.items, Unset):
            _out_items = self.items
        else:
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
                raise invalid_value("Order", "items", "value", self.items, exc) from exc
            _out_items = items

        _out_billing_address: Any
        if self.billing_address is None or isinstance(self.billing_address, Unset):
            _out_billing_address = self.billing_address
        else:
            try:
                billing_address: dict[str, Any] | Unset = UNSET
                if not isinstance(self.billing_address, Unset):
                    billing_address = self.billing_address.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "billing_address", "value", self.billing_address, exc) from exc
            _out_billing_address = billing_address

        _out_shipping_address: Any
        if self.shipping_address is None or isinstance(self.shipping_address, Unset):
            _out_shipping_address = self.shipping_address
        else:
            try:
                shipping_address: dict[str, Any] | Unset = UNSET
                if not isinstance(self.shipping_address, Unset):
                    shipping_address = self.shipping_address.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "shipping_address", "value", self.shipping_address, exc) from exc
            _out_shipping_address = shipping_address

        _out_shipping_method: Any
        if self.shipping_method is None or isinstance(self.shipping_method, Unset):
            _out_shipping_method = self.shipping_method
        else:
            try:
                shipping_method: dict[str, Any] | Unset = UNSET
                if not isinstance(self.shipping_method, Unset):
                    shipping_method = self.shipping_method.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "shipping_method", "value", self.shipping_method, exc) from exc
            _out_shipping_method = shipping_method

        _out_shipping_instructions = self.shipping_instructions

        _out_discounts: Any
        if self.discounts is None or isinstance(self.discounts, Unset):
            _out_discounts = self.discounts
        else:
            try:
                discounts: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.discounts, Unset):
                    discounts = []
                    for discounts_item_data_index, discounts_item_data in enumerate(self.discounts):
                        try:
                            discounts_item = discounts_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", discounts_item_data_index, "value", discounts_item_data, exc
                            ) from exc
                        discounts.append(discounts_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "discounts", "value", self.discounts, exc) from exc
            _out_discounts = discounts

        _out_taxes: Any
        if self.taxes is None or isinstance(self.taxes, Unset):
            _out_taxes = self.taxes
        else:
            try:
                taxes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.taxes, Unset):
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(self.taxes):
                        try:
                            taxes_item = taxes_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "taxes", "value", self.taxes, exc) from exc
            _out_taxes = taxes

        _out_subtotal = self.subtotal

        _out_total = self.total

        _out_payment: Any
        if self.payment is None or isinstance(self.payment, Unset):
            _out_payment = self.payment
        else:
            try:
                payment: dict[str, Any] | Unset = UNSET
                if not isinstance(self.payment, Unset):
                    payment = self.payment.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "payment", "value", self.payment, exc) from exc
            _out_payment = payment

        _out_refunds: Any
        if self.refunds is None or isinstance(self.refunds, Unset):
            _out_refunds = self.refunds
        else:
            try:
                refunds: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.refunds, Unset):
                    refunds = []
                    for refunds_item_data_index, refunds_item_data in enumerate(self.refunds):
                        try:
                            refunds_item = refunds_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", refunds_item_data_index, "value", refunds_item_data, exc
                            ) from exc
                        refunds.append(refunds_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "refunds", "value", self.refunds, exc) from exc
            _out_refunds = refunds

        _out_tracking_url = self.tracking_url

        _out_tracking_number = self.tracking_number

        _out_created: Any
        if self.created is None or isinstance(self.created, Unset):
            _out_created = self.created
        else:
            try:
                created: str | Unset = UNSET
                if not isinstance(self.created, Unset):
                    created = self.created.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "created", "format", self.created, exc) from exc
            _out_created = created

        _out_user_agent = self.user_agent

        _out_ip_address = self.ip_address

        _out_metadata: Any
        if self.metadata is None or isinstance(self.metadata, Unset):
            _out_metadata = self.metadata
        else:
            try:
                metadata: dict[str, Any] | str | Unset
                if isinstance(self.metadata, Unset):
                    metadata = UNSET
                elif isinstance(self.metadata, MetadataObject):
                    metadata = self.metadata.to_dict()
                else:
                    metadata = self.metadata
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "metadata", "value", self.metadata, exc) from exc
            _out_metadata = metadata

        _out_cancellation_reason = self.cancellation_reason

        _out_cancelled: Any
        if self.cancelled is None or isinstance(self.cancelled, Unset):
            _out_cancelled = self.cancelled
        else:
            try:
                cancelled: bool | str | Unset
                if isinstance(self.cancelled, Unset):
                    cancelled = UNSET
                else:
                    cancelled = self.cancelled
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "cancelled", "value", self.cancelled, exc) from exc
            _out_cancelled = cancelled

        _out_custom_fields: Any
        if self.custom_fields is None or isinstance(self.custom_fields, Unset):
            _out_custom_fields = self.custom_fields
        else:
            try:
                custom_fields: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.custom_fields, Unset):
                    custom_fields = []
                    for custom_fields_item_data_index, custom_fields_item_data in enumerate(self.custom_fields):
                        try:
                            custom_fields_item = custom_fields_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", custom_fields_item_data_index, "value", custom_fields_item_data, exc
                            ) from exc
                        custom_fields.append(custom_fields_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "custom_fields", "value", self.custom_fields, exc) from exc
            _out_custom_fields = custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_source is not UNSET:
            field_dict["source"] = _out_source
        if _out_mode is not UNSET:
            field_dict["mode"] = _out_mode
        if _out_external_id is not UNSET:
            field_dict["external_id"] = _out_external_id
        if _out_status is not UNSET:
            field_dict["status"] = _out_status
        if _out_email is not UNSET:
            field_dict["email"] = _out_email
        if _out_invoice_number is not UNSET:
            field_dict["invoice_number"] = _out_invoice_number
        if _out_items is not UNSET:
            field_dict["items"] = _out_items
        if _out_billing_address is not UNSET:
            field_dict["billing_address"] = _out_billing_address
        if _out_shipping_address is not UNSET:
            field_dict["shipping_address"] = _out_shipping_address
        if _out_shipping_method is not UNSET:
            field_dict["shipping_method"] = _out_shipping_method
        if _out_shipping_instructions is not UNSET:
            field_dict["shipping_instructions"] = _out_shipping_instructions
        if _out_discounts is not UNSET:
            field_dict["discounts"] = _out_discounts
        if _out_taxes is not UNSET:
            field_dict["taxes"] = _out_taxes
        if _out_subtotal is not UNSET:
            field_dict["subtotal"] = _out_subtotal
        if _out_total is not UNSET:
            field_dict["total"] = _out_total
        if _out_payment is not UNSET:
            field_dict["payment"] = _out_payment
        if _out_refunds is not UNSET:
            field_dict["refunds"] = _out_refunds
        if _out_tracking_url is not UNSET:
            field_dict["tracking_url"] = _out_tracking_url
        if _out_tracking_number is not UNSET:
            field_dict["tracking_number"] = _out_tracking_number
        if _out_created is not UNSET:
            field_dict["created"] = _out_created
        if _out_user_agent is not UNSET:
            field_dict["user_agent"] = _out_user_agent
        if _out_ip_address is not UNSET:
            field_dict["ip_address"] = _out_ip_address
        if _out_metadata is not UNSET:
            field_dict["metadata"] = _out_metadata
        if _out_cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = _out_cancellation_reason
        if _out_cancelled is not UNSET:
            field_dict["cancelled"] = _out_cancelled
        if _out_custom_fields is not UNSET:
            field_dict["custom_fields"] = _out_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _raw_source: Any = src_dict.get("source", UNSET)
        _got_source: Any = _raw_source
        if _raw_source is not UNSET and _raw_source is not None:
            try:
                _source = _raw_source
                source: OrderSource | Unset
                if _source is UNSET:
                    source = UNSET
                else:
                    source = OrderSource(_source)

                _got_source = source
            except PARSE_ERRORS as exc:
                unparsable("Order", "source", "enum", _raw_source, exc)
                _got_source = UNSET
                _kept = {**(_kept or {}), "source": _raw_source}

        _raw_mode: Any = src_dict.get("mode", UNSET)
        _got_mode: Any = _raw_mode
        if _raw_mode is not UNSET and _raw_mode is not None:
            try:
                _mode = _raw_mode
                mode: OrderMode | Unset
                if _mode is UNSET:
                    mode = UNSET
                else:
                    mode = OrderMode(_mode)

                _got_mode = mode
            except PARSE_ERRORS as exc:
                unparsable("Order", "mode", "enum", _raw_mode, exc)
                _got_mode = UNSET
                _kept = {**(_kept or {}), "mode": _raw_mode}

        _got_external_id = src_dict.get("external_id", UNSET)

        _raw_status: Any = src_dict.get("status", UNSET)
        _got_status: Any = _raw_status
        if _raw_status is not UNSET and _raw_status is not None:
            try:
                _status = _raw_status
                status: OrderStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = OrderStatus(_status)

                _got_status = status
            except PARSE_ERRORS as exc:
                unparsable("Order", "status", "enum", _raw_status, exc)
                _got_status = UNSET
                _kept = {**(_kept or {}), "status": _raw_status}

        _got_email = src_dict.get("email", UNSET)

        _got_invoice_number = src_dict.get("invoice_number", UNSET)

        _raw_items: Any = src_dict.get("items", UNSET)
        _got_items: Any = _raw_items
        if _raw_items is not UNSET and _raw_items is not None:
            try:
                _items = _raw_items
                items: list[OrderItem] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = OrderItem.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

                _got_items = items
            except PARSE_ERRORS as exc:
                unparsable("Order", "items", "value", _raw_items, exc)
                _got_items = UNSET
                _kept = {**(_kept or {}), "items": _raw_items}

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
                unparsable("Order", "billing_address", "value", _raw_billing_address, exc)
                _got_billing_address = UNSET
                _kept = {**(_kept or {}), "billing_address": _raw_billing_address}

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
                unparsable("Order", "shipping_address", "value", _raw_shipping_address, exc)
                _got_shipping_address = UNSET
                _kept = {**(_kept or {}), "shipping_address": _raw_shipping_address}

        _raw_shipping_method: Any = src_dict.get("shipping_method", UNSET)
        _got_shipping_method: Any = _raw_shipping_method
        if _raw_shipping_method is not UNSET and _raw_shipping_method is not None:
            try:
                _shipping_method = _raw_shipping_method
                shipping_method: ShippingMethod | Unset
                if _shipping_method is UNSET:
                    shipping_method = UNSET
                else:
                    shipping_method = ShippingMethod.from_dict(_shipping_method)

                _got_shipping_method = shipping_method
            except PARSE_ERRORS as exc:
                unparsable("Order", "shipping_method", "value", _raw_shipping_method, exc)
                _got_shipping_method = UNSET
                _kept = {**(_kept or {}), "shipping_method": _raw_shipping_method}

        _got_shipping_instructions = src_dict.get("shipping_instructions", UNSET)

        _raw_discounts: Any = src_dict.get("discounts", UNSET)
        _got_discounts: Any = _raw_discounts
        if _raw_discounts is not UNSET and _raw_discounts is not None:
            try:
                _discounts = _raw_discounts
                discounts: list[Discount] | Unset = UNSET
                if _discounts is not UNSET:
                    discounts = []
                    for discounts_item_data_index, discounts_item_data in enumerate(_discounts):
                        try:
                            discounts_item = Discount.from_dict(discounts_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", discounts_item_data_index, "value", discounts_item_data, exc
                            ) from exc
                        discounts.append(discounts_item)

                _got_discounts = discounts
            except PARSE_ERRORS as exc:
                unparsable("Order", "discounts", "value", _raw_discounts, exc)
                _got_discounts = UNSET
                _kept = {**(_kept or {}), "discounts": _raw_discounts}

        _raw_taxes: Any = src_dict.get("taxes", UNSET)
        _got_taxes: Any = _raw_taxes
        if _raw_taxes is not UNSET and _raw_taxes is not None:
            try:
                _taxes = _raw_taxes
                taxes: list[Tax] | Unset = UNSET
                if _taxes is not UNSET:
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(_taxes):
                        try:
                            taxes_item = Tax.from_dict(taxes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

                _got_taxes = taxes
            except PARSE_ERRORS as exc:
                unparsable("Order", "taxes", "value", _raw_taxes, exc)
                _got_taxes = UNSET
                _kept = {**(_kept or {}), "taxes": _raw_taxes}

        _got_subtotal = src_dict.get("subtotal", UNSET)

        _got_total = src_dict.get("total", UNSET)

        _raw_payment: Any = src_dict.get("payment", UNSET)
        _got_payment: Any = _raw_payment
        if _raw_payment is not UNSET and _raw_payment is not None:
            try:
                _payment = _raw_payment
                payment: Payment | Unset
                if _payment is UNSET:
                    payment = UNSET
                else:
                    payment = Payment.from_dict(_payment)

                _got_payment = payment
            except PARSE_ERRORS as exc:
                unparsable("Order", "payment", "value", _raw_payment, exc)
                _got_payment = UNSET
                _kept = {**(_kept or {}), "payment": _raw_payment}

        _raw_refunds: Any = src_dict.get("refunds", UNSET)
        _got_refunds: Any = _raw_refunds
        if _raw_refunds is not UNSET and _raw_refunds is not None:
            try:
                _refunds = _raw_refunds
                refunds: list[OrderRefundSummary] | Unset = UNSET
                if _refunds is not UNSET:
                    refunds = []
                    for refunds_item_data_index, refunds_item_data in enumerate(_refunds):
                        try:
                            refunds_item = OrderRefundSummary.from_dict(refunds_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", refunds_item_data_index, "value", refunds_item_data, exc
                            ) from exc
                        refunds.append(refunds_item)

                _got_refunds = refunds
            except PARSE_ERRORS as exc:
                unparsable("Order", "refunds", "value", _raw_refunds, exc)
                _got_refunds = UNSET
                _kept = {**(_kept or {}), "refunds": _raw_refunds}

        _got_tracking_url = src_dict.get("tracking_url", UNSET)

        _got_tracking_number = src_dict.get("tracking_number", UNSET)

        _raw_created: Any = src_dict.get("created", UNSET)
        _got_created: Any = _raw_created
        if _raw_created is not UNSET and _raw_created is not None:
            try:
                _created = _raw_created
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

                _got_created = created
            except PARSE_ERRORS as exc:
                unparsable("Order", "created", "format", _raw_created, exc)
                _got_created = UNSET
                _kept = {**(_kept or {}), "created": _raw_created}

        _got_user_agent = src_dict.get("user_agent", UNSET)

        _got_ip_address = src_dict.get("ip_address", UNSET)

        _raw_metadata: Any = src_dict.get("metadata", UNSET)
        _got_metadata: Any = _raw_metadata
        if _raw_metadata is not UNSET and _raw_metadata is not None:
            try:

                def _parse_metadata(data: object) -> MetadataObject | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_1 = MetadataObject.from_dict(data)

                        return componentsschemas_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MetadataObject | str | Unset, data)

                metadata = _parse_metadata(_raw_metadata)

                _got_metadata = metadata
            except PARSE_ERRORS as exc:
                unparsable("Order", "metadata", "value", _raw_metadata, exc)
                _got_metadata = UNSET
                _kept = {**(_kept or {}), "metadata": _raw_metadata}

        _got_cancellation_reason = src_dict.get("cancellation_reason", UNSET)

        _raw_cancelled: Any = src_dict.get("cancelled", UNSET)
        _got_cancelled: Any = _raw_cancelled
        if _raw_cancelled is not UNSET and _raw_cancelled is not None:
            try:
                cancelled = _raw_cancelled

                _got_cancelled = cancelled
            except PARSE_ERRORS as exc:
                unparsable("Order", "cancelled", "value", _raw_cancelled, exc)
                _got_cancelled = UNSET
                _kept = {**(_kept or {}), "cancelled": _raw_cancelled}

        _raw_custom_fields: Any = src_dict.get("custom_fields", UNSET)
        _got_custom_fields: Any = _raw_custom_fields
        if _raw_custom_fields is not UNSET and _raw_custom_fields is not None:
            try:
                _custom_fields = _raw_custom_fields
                custom_fields: list[CustomField] | Unset = UNSET
                if _custom_fields is not UNSET:
                    custom_fields = []
                    for custom_fields_item_data_index, custom_fields_item_data in enumerate(_custom_fields):
                        try:
                            custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", custom_fields_item_data_index, "value", custom_fields_item_data, exc
                            ) from exc
                        custom_fields.append(custom_fields_item)

                _got_custom_fields = custom_fields
            except PARSE_ERRORS as exc:
                unparsable("Order", "custom_fields", "value", _raw_custom_fields, exc)
                _got_custom_fields = UNSET
                _kept = {**(_kept or {}), "custom_fields": _raw_custom_fields}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_id is None
            or _raw_source is None
            or _raw_mode is None
            or _got_external_id is None
            or _raw_status is None
            or _got_email is None
            or _got_invoice_number is None
            or _raw_items is None
            or _raw_billing_address is None
            or _raw_shipping_address is None
            or _raw_shipping_method is None
            or _got_shipping_instructions is None
            or _raw_discounts is None
            or _raw_taxes is None
            or _got_subtotal is None
            or _got_total is None
            or _raw_payment is None
            or _raw_refunds is None
            or _got_tracking_url is None
            or _got_tracking_number is None
            or _raw_created is None
            or _got_user_agent is None
            or _got_ip_address is None
            or _raw_metadata is None
            or _got_cancellation_reason is None
            or _raw_cancelled is None
            or _raw_custom_fields is None
            or not _REQUIRED_KEYS <= src_dict.keys()
        ):
            gaps("Order", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.source = _got_source
        _built.mode = _got_mode
        _built.external_id = _got_external_id
        _built.status = _got_status
        _built.email = _got_email
        _built.invoice_number = _got_invoice_number
        _built.items = _got_items
        _built.billing_address = _got_billing_address
        _built.shipping_address = _got_shipping_address
        _built.shipping_method = _got_shipping_method
        _built.shipping_instructions = _got_shipping_instructions
        _built.discounts = _got_discounts
        _built.taxes = _got_taxes
        _built.subtotal = _got_subtotal
        _built.total = _got_total
        _built.payment = _got_payment
        _built.refunds = _got_refunds
        _built.tracking_url = _got_tracking_url
        _built.tracking_number = _got_tracking_number
        _built.created = _got_created
        _built.user_agent = _got_user_agent
        _built.ip_address = _got_ip_address
        _built.metadata = _got_metadata
        _built.cancellation_reason = _got_cancellation_reason
        _built.cancelled = _got_cancelled
        _built.custom_fields = _got_custom_fields
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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.metadata_object import MetadataObject  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_refund_summary import OrderRefundSummary  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.shipping_method import ShippingMethod  # noqa: E402
from ..models.tax import Tax  # noqa: E402
