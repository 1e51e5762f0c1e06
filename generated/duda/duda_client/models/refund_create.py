from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key, undeclared_keys
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="RefundCreate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "items",
        "reason",
        "notify_customer",
    }
)


@_attrs_define
class RefundCreate:
    """What to refund.

    Attributes:
        items (list[ItemQuantity]):
        reason (str | Unset):
        notify_customer (bool | Unset):
    """

    items: list[ItemQuantity]
    reason: str | Unset = UNSET
    notify_customer: bool | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            items = []
            for items_item_data_index, items_item_data in enumerate(self.items):
                try:
                    items_item = items_item_data.to_dict()
                except PARSE_ERRORS as exc:
                    raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                items.append(items_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("RefundCreate", "items", "value", self.items, exc) from exc

        reason = self.reason

        notify_customer = self.notify_customer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if notify_customer is not UNSET:
            field_dict["notify_customer"] = notify_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("RefundCreate", src_dict.keys() - _KNOWN_KEYS)
        try:
            try:
                items = []
                _items = src_dict["items"]
                for items_item_data_index, items_item_data in enumerate(_items):
                    try:
                        items_item = ItemQuantity.from_dict(items_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                    items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("RefundCreate", "items", "value", src_dict.get("items"), exc) from exc

            reason = src_dict.get("reason", UNSET)

            notify_customer = src_dict.get("notify_customer", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("RefundCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.items = items
        _built.reason = reason
        _built.notify_customer = notify_customer

        return _built


# Other models, imported last so circular references between models resolve (see the template).
from ..models.item_quantity import ItemQuantity  # noqa: E402
