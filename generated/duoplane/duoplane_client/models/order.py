from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Order")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attributes",
        "relationships",
    }
)


@_attrs_define
class Order:
    """A stored order.

    Attributes:
        id (int | str): A Duoplane id. Docs disagree: a number on orders and inventories, a string on order items and
            products; both are accepted.
        type_ (str): Always `order`.
        attributes (OrderAttributes | Unset): The order's own fields, as stored.
        relationships (OrderRelationships | Unset): The order's items and addresses.
    """

    id: int | str
    type_: str
    attributes: OrderAttributes | Unset = UNSET
    relationships: OrderRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "id", "value", self.id, exc) from exc

        type_ = self.type_

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "attributes", "value", self.attributes, exc) from exc

        try:
            relationships: dict[str, Any] | Unset = UNSET
            if not isinstance(self.relationships, Unset):
                relationships = self.relationships.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Order", "relationships", "value", self.relationships, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                id = src_dict["id"]

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "id", "value", src_dict.get("id"), exc) from exc

            type_ = src_dict["type"]

            try:
                _attributes = src_dict.get("attributes", UNSET)
                attributes: OrderAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = OrderAttributes.from_dict(_attributes)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "attributes", "value", src_dict.get("attributes"), exc) from exc

            try:
                _relationships = src_dict.get("relationships", UNSET)
                relationships: OrderRelationships | Unset
                if _relationships is UNSET:
                    relationships = UNSET
                else:
                    relationships = OrderRelationships.from_dict(_relationships)

            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "relationships", "value", src_dict.get("relationships"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Order", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.type_ = type_
        _built.attributes = attributes
        _built.relationships = relationships
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
from ..models.order_attributes import OrderAttributes  # noqa: E402
from ..models.order_relationships import OrderRelationships  # noqa: E402
