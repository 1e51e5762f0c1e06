from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")
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
class OrderItem:
    """A line of a stored order. Docs disagree: its `relationships` is an array here, an object on orders.

    Attributes:
        id (int | str): A Duoplane id. Docs disagree: a number on orders and inventories, a string on order items and
            products; both are accepted.
        type_ (str): Always `order_item`.
        attributes (OrderItemAttributes | Unset): A stored order line, with the vendor's cost and identifiers added.
        relationships (list[OrderItemRelationshipsItem] | Unset):
    """

    id: int | str
    type_: str
    attributes: OrderItemAttributes | Unset = UNSET
    relationships: list[OrderItemRelationshipsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

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
        id = src_dict["id"]

        type_ = src_dict["type"]

        _attributes = src_dict.get("attributes", UNSET)
        attributes: OrderItemAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = OrderItemAttributes.from_dict(_attributes)

        _relationships = src_dict.get("relationships", UNSET)
        relationships: list[OrderItemRelationshipsItem] | Unset = UNSET
        if _relationships is not UNSET:
            relationships = []
            for relationships_item_data in _relationships:
                relationships_item = OrderItemRelationshipsItem.from_dict(relationships_item_data)

                relationships.append(relationships_item)

        order_item = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            order_item.additional_properties = d
        return order_item

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
from ..models.order_item_attributes import OrderItemAttributes  # noqa: E402
from ..models.order_item_relationships_item import OrderItemRelationshipsItem  # noqa: E402
