from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import missing_key, undeclared_keys
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderCancel")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "reason",
        "restock_items",
        "refund",
    }
)


@_attrs_define
class OrderCancel:
    """How to cancel an order; every field is optional.

    Attributes:
        reason (str | Unset):
        restock_items (bool | Unset): Put the items back in stock.
        refund (bool | Unset): Refund the customer.
    """

    reason: str | Unset = UNSET
    restock_items: bool | Unset = UNSET
    refund: bool | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        restock_items = self.restock_items

        refund = self.refund

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if restock_items is not UNSET:
            field_dict["restock_items"] = restock_items
        if refund is not UNSET:
            field_dict["refund"] = refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("OrderCancel", src_dict.keys() - _KNOWN_KEYS)
        try:
            reason = src_dict.get("reason", UNSET)

            restock_items = src_dict.get("restock_items", UNSET)

            refund = src_dict.get("refund", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderCancel", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.reason = reason
        _built.restock_items = restock_items
        _built.refund = refund

        return _built
