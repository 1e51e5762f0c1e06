from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import missing_key, undeclared_keys
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ItemQuantity")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "quantity",
    }
)


@_attrs_define
class ItemQuantity:
    """A number of units of one order line.

    Attributes:
        id (str):
        quantity (int):
    """

    id: str
    quantity: int
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("ItemQuantity", src_dict.keys() - _KNOWN_KEYS)
        try:
            id = src_dict["id"]

            quantity = src_dict["quantity"]

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ItemQuantity", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.quantity = quantity

        return _built
