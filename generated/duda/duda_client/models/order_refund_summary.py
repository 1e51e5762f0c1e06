from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class OrderRefundSummary:
    """A refund as listed on its order. Docs disagree: this view has `amount`, while the refund resource (see Refund) has
    `total`, `subtotal`, `items` and `taxes` instead; the Order object's JSON example shows an empty object here.

        Attributes:
            id (str | Unset):
            amount (float | Unset): How much was refunded.
            reason (str | Unset): The merchant's reason for the refund.
            created (datetime.datetime | Unset): When the refund was made.
    """

    id: str | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    reason: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_amount = self.amount

        _out_reason = self.reason

        _out_created: Any
        if self.created is None or isinstance(self.created, Unset):
            _out_created = self.created
        else:
            try:
                created: str | Unset = UNSET
                if not isinstance(self.created, Unset):
                    created = self.created.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderRefundSummary", "created", "format", self.created, exc) from exc
            _out_created = created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_amount is not UNSET:
            field_dict["amount"] = _out_amount
        if _out_reason is not UNSET:
            field_dict["reason"] = _out_reason
        if _out_created is not UNSET:
            field_dict["created"] = _out_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_amount = src_dict.get("amount", UNSET)

        _got_reason = src_dict.get("reason", UNSET)

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
                unparsable("OrderRefundSummary", "created", "format", _raw_created, exc)
                _got_created = UNSET
                _kept = {**(_kept or {}), "created": _raw_created}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_id is None or _got_amount is None or _got_reason is None or _raw_created is None:
            gaps("OrderRefundSummary", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.amount = _got_amount
        _built.reason = _got_reason
        _built.created = _got_created
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
