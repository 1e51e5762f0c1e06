from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Tax")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "amount",
        "rate",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Tax:
    """A tax applied to the order.

    Attributes:
        name (str | Unset):
        amount (float | Unset):
        rate (float | Unset): The tax rate as a percentage.
    """

    name: str | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_name = self.name

        _out_amount = self.amount

        _out_rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_name is not UNSET:
            field_dict["name"] = _out_name
        if _out_amount is not UNSET:
            field_dict["amount"] = _out_amount
        if _out_rate is not UNSET:
            field_dict["rate"] = _out_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_name = src_dict.get("name", UNSET)

        _got_amount = src_dict.get("amount", UNSET)

        _got_rate = src_dict.get("rate", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_name is None or _got_amount is None or _got_rate is None:
            gaps("Tax", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.name = _got_name
        _built.amount = _got_amount
        _built.rate = _got_rate
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
