from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import missing_key, undeclared_keys
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderItemUpdate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "metadata",
    }
)


@_attrs_define
class OrderItemUpdate:
    """New metadata for one line of the order.

    Attributes:
        id (str):
        metadata (str | Unset):
    """

    id: str
    metadata: str | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("OrderItemUpdate", src_dict.keys() - _KNOWN_KEYS)
        try:
            id = src_dict["id"]

            metadata = src_dict.get("metadata", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderItemUpdate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.metadata = metadata

        return _built
