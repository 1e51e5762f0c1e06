from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundItem")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "quantity",
        "amount",
        "taxes",
    }
)


@_attrs_define
class RefundItem:
    """A refunded order line (additional facts, the SDK's RefundOrderItem).

    Attributes:
        id (str | Unset):
        quantity (int | Unset):
        amount (float | Unset):
        taxes (list[RefundTax] | Unset):
    """

    id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    amount: float | Unset = UNSET
    taxes: list[RefundTax] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        amount = self.amount

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
            raise invalid_value("RefundItem", "taxes", "value", self.taxes, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            quantity = src_dict.get("quantity", UNSET)

            amount = src_dict.get("amount", UNSET)

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
                raise invalid_value("RefundItem", "taxes", "value", src_dict.get("taxes"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("RefundItem", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.quantity = quantity
        _built.amount = amount
        _built.taxes = taxes
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
from ..models.refund_tax import RefundTax  # noqa: E402
