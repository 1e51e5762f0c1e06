from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class RefundItem:
    """A refunded order line.

    Attributes:
        id (str | Unset):
        quantity (int | Unset):
        amount (float | Unset):
        taxes (list[Tax] | Unset):
    """

    id: str | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    taxes: list[Tax] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_quantity = self.quantity

        _out_amount = self.amount

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
                raise invalid_value("RefundItem", "taxes", "value", self.taxes, exc) from exc
            _out_taxes = taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_quantity is not UNSET:
            field_dict["quantity"] = _out_quantity
        if _out_amount is not UNSET:
            field_dict["amount"] = _out_amount
        if _out_taxes is not UNSET:
            field_dict["taxes"] = _out_taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_quantity = src_dict.get("quantity", UNSET)

        _got_amount = src_dict.get("amount", UNSET)

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
                unparsable("RefundItem", "taxes", "value", _raw_taxes, exc)
                _got_taxes = UNSET
                _kept = {**(_kept or {}), "taxes": _raw_taxes}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_id is None or _got_quantity is None or _got_amount is None or _raw_taxes is None:
            gaps("RefundItem", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.quantity = _got_quantity
        _built.amount = _got_amount
        _built.taxes = _got_taxes
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
from ..models.tax import Tax  # noqa: E402
