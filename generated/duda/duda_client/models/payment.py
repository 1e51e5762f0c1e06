from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.card_brand import CardBrand
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "transaction_id",
        "status",
        "currency",
        "method",
        "card_brand",
        "card_last_4",
    }
)


@_attrs_define
class Payment:
    """How the order was paid.

    Attributes:
        transaction_id (str | Unset): The payment provider's id for the payment.
        status (PaymentStatus | Unset): Where the payment stands.
        currency (str | Unset):
        method (str | Unset): The payment method used at checkout.
        card_brand (CardBrand | Unset): The card brand paid with (15 values); the string `NULL` when no card brand
            applies. China UnionPay is spelled `UNIONPAY` (the SDK's type misspells it `UNIOPAY`, and the field
            `card_bramd`; both are known slips).
        card_last_4 (str | Unset):
    """

    transaction_id: str | Unset = UNSET
    status: PaymentStatus | Unset = UNSET
    currency: str | Unset = UNSET
    method: str | Unset = UNSET
    card_brand: CardBrand | Unset = UNSET
    card_last_4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        except PARSE_ERRORS as exc:
            raise invalid_value("Payment", "status", "enum", self.status, exc) from exc

        currency = self.currency

        method = self.method

        try:
            card_brand: str | Unset = UNSET
            if not isinstance(self.card_brand, Unset):
                card_brand = getattr(self.card_brand, "value", self.card_brand)

        except PARSE_ERRORS as exc:
            raise invalid_value("Payment", "card_brand", "enum", self.card_brand, exc) from exc

        card_last_4 = self.card_last_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if method is not UNSET:
            field_dict["method"] = method
        if card_brand is not UNSET:
            field_dict["card_brand"] = card_brand
        if card_last_4 is not UNSET:
            field_dict["card_last_4"] = card_last_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            transaction_id = src_dict.get("transaction_id", UNSET)

            try:
                _status = src_dict.get("status", UNSET)
                status: PaymentStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = PaymentStatus(_status)

            except PARSE_ERRORS as exc:
                raise invalid_value("Payment", "status", "enum", src_dict.get("status"), exc) from exc

            currency = src_dict.get("currency", UNSET)

            method = src_dict.get("method", UNSET)

            try:
                _card_brand = src_dict.get("card_brand", UNSET)
                card_brand: CardBrand | Unset
                if _card_brand is UNSET:
                    card_brand = UNSET
                else:
                    card_brand = CardBrand(_card_brand)

            except PARSE_ERRORS as exc:
                raise invalid_value("Payment", "card_brand", "enum", src_dict.get("card_brand"), exc) from exc

            card_last_4 = src_dict.get("card_last_4", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Payment", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.transaction_id = transaction_id
        _built.status = status
        _built.currency = currency
        _built.method = method
        _built.card_brand = card_brand
        _built.card_last_4 = card_last_4
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
