from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset

T = TypeVar("T", bound="Refund")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "order_id",
        "transaction_id",
        "reason",
        "items",
        "currency",
        "tax_provider",
        "subtotal",
        "taxes",
        "total",
        "created",
    }
)


@_attrs_define
class Refund:
    """Money returned on an order (additional facts, the SDK's Refund). The SDK's type spells the timestamp `createD`, its
    test data `created`; `created` is kept.

        Attributes:
            id (str):
            order_id (str | Unset):
            transaction_id (str | Unset):
            reason (str | Unset):
            items (list[RefundItem] | Unset):
            currency (str | Unset):
            tax_provider (RefundTaxProvider | Unset): The tax provider of a refund (the SDK's RefundTaxProvider).
            subtotal (float | Unset):
            taxes (list[RefundTax] | Unset):
            total (float | Unset):
            created (datetime.datetime | Unset):
    """

    id: str
    order_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    items: list[RefundItem] | Unset = UNSET
    currency: str | Unset = UNSET
    tax_provider: RefundTaxProvider | Unset = UNSET
    subtotal: float | Unset = UNSET
    taxes: list[RefundTax] | Unset = UNSET
    total: float | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        transaction_id = self.transaction_id

        reason = self.reason

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
            raise invalid_value("Refund", "items", "value", self.items, exc) from exc

        currency = self.currency

        try:
            tax_provider: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tax_provider, Unset):
                tax_provider = self.tax_provider.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Refund", "tax_provider", "value", self.tax_provider, exc) from exc

        subtotal = self.subtotal

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
            raise invalid_value("Refund", "taxes", "value", self.taxes, exc) from exc

        total = self.total

        try:
            created: str | Unset = UNSET
            if not isinstance(self.created, Unset):
                created = self.created.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("Refund", "created", "format", self.created, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if items is not UNSET:
            field_dict["items"] = items
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_provider is not UNSET:
            field_dict["tax_provider"] = tax_provider
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if total is not UNSET:
            field_dict["total"] = total
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict["id"]

            order_id = src_dict.get("order_id", UNSET)

            transaction_id = src_dict.get("transaction_id", UNSET)

            reason = src_dict.get("reason", UNSET)

            try:
                _items = src_dict.get("items", UNSET)
                items: list[RefundItem] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = RefundItem.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "items", "value", src_dict.get("items"), exc) from exc

            currency = src_dict.get("currency", UNSET)

            try:
                _tax_provider = src_dict.get("tax_provider", UNSET)
                tax_provider: RefundTaxProvider | Unset
                if _tax_provider is UNSET:
                    tax_provider = UNSET
                else:
                    tax_provider = RefundTaxProvider.from_dict(_tax_provider)

            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "tax_provider", "value", src_dict.get("tax_provider"), exc) from exc

            subtotal = src_dict.get("subtotal", UNSET)

            try:
                _taxes = src_dict.get("taxes", UNSET)
                taxes: list[RefundTax] | Unset = UNSET
                if _taxes is not UNSET:
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(_taxes):
                        try:
                            taxes_item = RefundTax.from_dict(taxes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "taxes", "value", src_dict.get("taxes"), exc) from exc

            total = src_dict.get("total", UNSET)

            try:
                _created = src_dict.get("created", UNSET)
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "created", "format", src_dict.get("created"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Refund", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.order_id = order_id
        _built.transaction_id = transaction_id
        _built.reason = reason
        _built.items = items
        _built.currency = currency
        _built.tax_provider = tax_provider
        _built.subtotal = subtotal
        _built.taxes = taxes
        _built.total = total
        _built.created = created
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
from ..models.refund_item import RefundItem  # noqa: E402
from ..models.refund_tax import RefundTax  # noqa: E402
from ..models.refund_tax_provider import RefundTaxProvider  # noqa: E402
