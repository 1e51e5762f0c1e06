from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key, undeclared_keys
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
    """New metadata for one line of the order (`{id, metadata}` in additional facts and the SDK's UpdateOrderItem, where
    `id` is not optional).

        Attributes:
            id (str):
            metadata (MetadataObject | str | Unset): Free-form data about the order or a line. Docs disagree: a string in
                the captured Order object, an object in the create call (additional facts) and in the SDK's Order and OrderItem
                types; the SDK's update types take either. Both are accepted.
    """

    id: str
    metadata: MetadataObject | str | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            metadata: dict[str, Any] | str | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataObject):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderItemUpdate", "metadata", "value", self.metadata, exc) from exc

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

            try:

                def _parse_metadata(data: object) -> MetadataObject | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_1 = MetadataObject.from_dict(data)

                        return componentsschemas_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MetadataObject | str | Unset, data)

                metadata = _parse_metadata(src_dict.get("metadata", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItemUpdate", "metadata", "value", src_dict.get("metadata"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderItemUpdate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.metadata = metadata

        return _built


# Other models, imported last so circular references between models resolve (see the template).
from ..models.metadata_object import MetadataObject  # noqa: E402
