from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..models.card_brand import CardBrand
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Payment:
    """How the order was paid.

    Attributes:
        transaction_id (str | Unset): The payment provider's id for the payment.
        status (PaymentStatus | Unset): Where the payment stands.
        currency (str | Unset):
        method (str | Unset): The payment method used at checkout.
        card_brand (CardBrand | Unset): The card brand paid with (15 values); the string `NULL` when no card brand
            applies. China UnionPay is spelled `UNIONPAY`.
        card_last_4 (str | Unset):
    """

    transaction_id: str | None | Unset = UNSET
    status: PaymentStatus | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    method: str | None | Unset = UNSET
    card_brand: CardBrand | None | Unset = UNSET
    card_last_4: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_transaction_id = self.transaction_id

        _out_status: Any
        if self.status is None or isinstance(self.status, Unset):
            _out_status = self.status
        else:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = getattr(self.status, "value", self.status)

            except PARSE_ERRORS as exc:
                raise invalid_value("Payment", "status", "enum", self.status, exc) from exc
            _out_status = status

        _out_currency = self.currency

        _out_method = self.method

        _out_card_brand: Any
        if self.card_brand is None or isinstance(self.card_brand, Unset):
            _out_card_brand = self.card_brand
        else:
            try:
                card_brand: str | Unset = UNSET
                if not isinstance(self.card_brand, Unset):
                    card_brand = getattr(self.card_brand, "value", self.card_brand)

            except PARSE_ERRORS as exc:
                raise invalid_value("Payment", "card_brand", "enum", self.card_brand, exc) from exc
            _out_card_brand = card_brand

        _out_card_last_4 = self.card_last_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_transaction_id is not UNSET:
            field_dict["transaction_id"] = _out_transaction_id
        if _out_status is not UNSET:
            field_dict["status"] = _out_status
        if _out_currency is not UNSET:
            field_dict["currency"] = _out_currency
        if _out_method is not UNSET:
            field_dict["method"] = _out_method
        if _out_card_brand is not UNSET:
            field_dict["card_brand"] = _out_card_brand
        if _out_card_last_4 is not UNSET:
            field_dict["card_last_4"] = _out_card_last_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_transaction_id = src_dict.get("transaction_id", UNSET)

        _raw_status: Any = src_dict.get("status", UNSET)
        _got_status: Any = _raw_status
        if _raw_status is not UNSET and _raw_status is not None:
            try:
                _status = _raw_status
                status: PaymentStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = PaymentStatus(_status)

                _got_status = status
            except PARSE_ERRORS as exc:
                unparsable("Payment", "status", "enum", _raw_status, exc)
                _got_status = UNSET
                _kept = {**(_kept or {}), "status": _raw_status}

        _got_currency = src_dict.get("currency", UNSET)

        _got_method = src_dict.get("method", UNSET)

        _raw_card_brand: Any = src_dict.get("card_brand", UNSET)
        _got_card_brand: Any = _raw_card_brand
        if _raw_card_brand is not UNSET and _raw_card_brand is not None:
            try:
                _card_brand = _raw_card_brand
                card_brand: CardBrand | Unset
                if _card_brand is UNSET:
                    card_brand = UNSET
                else:
                    card_brand = CardBrand(_card_brand)

                _got_card_brand = card_brand
            except PARSE_ERRORS as exc:
                unparsable("Payment", "card_brand", "enum", _raw_card_brand, exc)
                _got_card_brand = UNSET
                _kept = {**(_kept or {}), "card_brand": _raw_card_brand}

        _got_card_last_4 = src_dict.get("card_last_4", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_transaction_id is None
            or _raw_status is None
            or _got_currency is None
            or _got_method is None
            or _raw_card_brand is None
            or _got_card_last_4 is None
        ):
            gaps("Payment", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.transaction_id = _got_transaction_id
        _built.status = _got_status
        _built.currency = _got_currency
        _built.method = _got_method
        _built.card_brand = _got_card_brand
        _built.card_last_4 = _got_card_last_4
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
