from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundSummary")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "amount",
        "reason",
        "created",
    }
)


@_attrs_define
class OrderRefundSummary:
    """A refund as listed on its order. Docs disagree: this view (the reference's field table) has `amount`, while the
    refund resource (see Refund) has `total`, `subtotal`, `items` and `taxes` instead; the Order object's JSON example
    and the SDK's test data show an empty object here, and the SDK's types make each entry a full Refund. The object is
    open, so a full refund's fields are kept too.

        Attributes:
            id (str | Unset):
            amount (float | Unset): How much was refunded.
            reason (str | Unset): The merchant's reason for the refund.
            created (datetime.datetime | Unset): When the refund was made.
    """

    id: str | Unset = UNSET
    amount: float | Unset = UNSET
    reason: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        reason = self.reason

        try:
            created: str | Unset = UNSET
            if not isinstance(self.created, Unset):
                created = self.created.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderRefundSummary", "created", "format", self.created, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            amount = src_dict.get("amount", UNSET)

            reason = src_dict.get("reason", UNSET)

            try:
                _created = src_dict.get("created", UNSET)
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderRefundSummary", "created", "format", src_dict.get("created"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderRefundSummary", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.amount = amount
        _built.reason = reason
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
