from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.order_mode import OrderMode
from ..models.order_source import OrderSource
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

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
        metadata (MetadataObject | str | Unset): Free-form data about the order or a line. Docs disagree: a string in
            the captured Order object, an object in the create call (additional facts) and in the SDK's Order and OrderItem
            types; the SDK's update types take either. Both are accepted.
        cancellation_reason (str | Unset): Why the order was cancelled (additional facts, the SDK's type).
        cancelled (str | Unset): When or whether the order was cancelled: additional facts name the field without a
            type, the SDK's Order type and test data make it a string.
        custom_fields (list[CustomField] | Unset):
    """

    id: str
    source: OrderSource | Unset = UNSET
    mode: OrderMode | Unset = UNSET
    external_id: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    email: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    shipping_method: ShippingMethod | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
    discounts: list[Discount] | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    subtotal: float | Unset = UNSET
    total: float | Unset = UNSET
    payment: Payment | Unset = UNSET
    refunds: list[OrderRefundSummary] | Unset = UNSET
    tracking_url: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    user_agent: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    metadata: MetadataObject | str | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    cancelled: str | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            source: str | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = getattr(self.source, "value", self.source)

        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "source", "enum", self.source, exc) from exc

        try:
            mode: str | Unset = UNSET
            if not isinstance(self.mode, Unset):
                mode = getattr(self.mode, "value", self.mode)

        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "mode", "enum", self.mode, exc) from exc

        external_id = self.external_id

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "status", "enum", self.status, exc) from exc

        email = self.email

        invoice_number = self.invoice_number

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

        try:
            billing_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.billing_address, Unset):
                billing_address = self.billing_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "billing_address", "value", self.billing_address, exc) from exc

        try:
            shipping_address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_address, Unset):
                shipping_address = self.shipping_address.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "shipping_address", "value", self.shipping_address, exc) from exc

        try:
            shipping_method: dict[str, Any] | Unset = UNSET
            if not isinstance(self.shipping_method, Unset):
                shipping_method = self.shipping_method.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "shipping_method", "value", self.shipping_method, exc) from exc

        shipping_instructions = self.shipping_instructions

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

        subtotal = self.subtotal

        total = self.total

        try:
            payment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment, Unset):
                payment = self.payment.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "payment", "value", self.payment, exc) from exc

        try:
            refunds: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.refunds, Unset):
                refunds = []
                for refunds_item_data_index, refunds_item_data in enumerate(self.refunds):
                    try:
                        refunds_item = refunds_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", refunds_item_data_index, "value", refunds_item_data, exc) from exc
                    refunds.append(refunds_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "refunds", "value", self.refunds, exc) from exc

        tracking_url = self.tracking_url

        tracking_number = self.tracking_number

        try:
            created: str | Unset = UNSET
            if not isinstance(self.created, Unset):
                created = self.created.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "created", "format", self.created, exc) from exc

        user_agent = self.user_agent

        ip_address = self.ip_address

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

        cancellation_reason = self.cancellation_reason

        cancelled = self.cancelled

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if mode is not UNSET:
            field_dict["mode"] = mode
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if status is not UNSET:
            field_dict["status"] = status
        if email is not UNSET:
            field_dict["email"] = email
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if items is not UNSET:
            field_dict["items"] = items
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if shipping_instructions is not UNSET:
            field_dict["shipping_instructions"] = shipping_instructions
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total is not UNSET:
            field_dict["total"] = total
        if payment is not UNSET:
            field_dict["payment"] = payment
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if tracking_url is not UNSET:
            field_dict["tracking_url"] = tracking_url
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if created is not UNSET:
            field_dict["created"] = created
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict["id"]

            try:
                _source = src_dict.get("source", UNSET)
                source: OrderSource | Unset
                if _source is UNSET:
                    source = UNSET
                else:
                    source = OrderSource(_source)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "source", "enum", src_dict.get("source"), exc) from exc

            try:
                _mode = src_dict.get("mode", UNSET)
                mode: OrderMode | Unset
                if _mode is UNSET:
                    mode = UNSET
                else:
                    mode = OrderMode(_mode)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "mode", "enum", src_dict.get("mode"), exc) from exc

            external_id = src_dict.get("external_id", UNSET)

            try:
                _status = src_dict.get("status", UNSET)
                status: OrderStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = OrderStatus(_status)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "status", "enum", src_dict.get("status"), exc) from exc

            email = src_dict.get("email", UNSET)

            invoice_number = src_dict.get("invoice_number", UNSET)

            try:
                _items = src_dict.get("items", UNSET)
                items: list[OrderItem] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = OrderItem.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "items", "value", src_dict.get("items"), exc) from exc

            try:
                _billing_address = src_dict.get("billing_address", UNSET)
                billing_address: Address | Unset
                if _billing_address is UNSET:
                    billing_address = UNSET
                else:
                    billing_address = Address.from_dict(_billing_address)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "billing_address", "value", src_dict.get("billing_address"), exc) from exc

            try:
                _shipping_address = src_dict.get("shipping_address", UNSET)
                shipping_address: Address | Unset
                if _shipping_address is UNSET:
                    shipping_address = UNSET
                else:
                    shipping_address = Address.from_dict(_shipping_address)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "Order", "shipping_address", "value", src_dict.get("shipping_address"), exc
                ) from exc

            try:
                _shipping_method = src_dict.get("shipping_method", UNSET)
                shipping_method: ShippingMethod | Unset
                if _shipping_method is UNSET:
                    shipping_method = UNSET
                else:
                    shipping_method = ShippingMethod.from_dict(_shipping_method)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "shipping_method", "value", src_dict.get("shipping_method"), exc) from exc

            shipping_instructions = src_dict.get("shipping_instructions", UNSET)

            try:
                _discounts = src_dict.get("discounts", UNSET)
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

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "discounts", "value", src_dict.get("discounts"), exc) from exc

            try:
                _taxes = src_dict.get("taxes", UNSET)
                taxes: list[Tax] | Unset = UNSET
                if _taxes is not UNSET:
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(_taxes):
                        try:
                            taxes_item = Tax.from_dict(taxes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "taxes", "value", src_dict.get("taxes"), exc) from exc

            subtotal = src_dict.get("subtotal", UNSET)

            total = src_dict.get("total", UNSET)

            try:
                _payment = src_dict.get("payment", UNSET)
                payment: Payment | Unset
                if _payment is UNSET:
                    payment = UNSET
                else:
                    payment = Payment.from_dict(_payment)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "payment", "value", src_dict.get("payment"), exc) from exc

            try:
                _refunds = src_dict.get("refunds", UNSET)
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

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "refunds", "value", src_dict.get("refunds"), exc) from exc

            tracking_url = src_dict.get("tracking_url", UNSET)

            tracking_number = src_dict.get("tracking_number", UNSET)

            try:
                _created = src_dict.get("created", UNSET)
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "created", "format", src_dict.get("created"), exc) from exc

            user_agent = src_dict.get("user_agent", UNSET)

            ip_address = src_dict.get("ip_address", UNSET)

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

                metadata = _parse_metadata(src_dict.get("metadata", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "metadata", "value", src_dict.get("metadata"), exc) from exc

            cancellation_reason = src_dict.get("cancellation_reason", UNSET)

            cancelled = src_dict.get("cancelled", UNSET)

            try:
                _custom_fields = src_dict.get("custom_fields", UNSET)
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

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "custom_fields", "value", src_dict.get("custom_fields"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Order", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.source = source
        _built.mode = mode
        _built.external_id = external_id
        _built.status = status
        _built.email = email
        _built.invoice_number = invoice_number
        _built.items = items
        _built.billing_address = billing_address
        _built.shipping_address = shipping_address
        _built.shipping_method = shipping_method
        _built.shipping_instructions = shipping_instructions
        _built.discounts = discounts
        _built.taxes = taxes
        _built.subtotal = subtotal
        _built.total = total
        _built.payment = payment
        _built.refunds = refunds
        _built.tracking_url = tracking_url
        _built.tracking_number = tracking_number
        _built.created = created
        _built.user_agent = user_agent
        _built.ip_address = ip_address
        _built.metadata = metadata
        _built.cancellation_reason = cancellation_reason
        _built.cancelled = cancelled
        _built.custom_fields = custom_fields
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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.metadata_object import MetadataObject  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_refund_summary import OrderRefundSummary  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.shipping_method import ShippingMethod  # noqa: E402
from ..models.tax import Tax  # noqa: E402
