from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Product")
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
class Product:
    """A catalogue product.

    Attributes:
        id (int | str): A Duoplane id. Docs disagree: a number on orders and inventories, a string on order items and
            products; both are accepted.
        type_ (str): Always `product`.
        attributes (ProductAttributes | Unset): The product's own fields, as stored.
        relationships (list[ProductRelationshipsType1Item] | ProductRelationships | Unset): Links to the product's
            inventory records. Docs disagree: relationships are an object on orders and an array elsewhere, so either shape
            is accepted.
    """

    id: int | str
    type_: str
    attributes: ProductAttributes | Unset = UNSET
    relationships: list[ProductRelationshipsType1Item] | ProductRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str
            id = self.id
        except PARSE_ERRORS as exc:
            raise invalid_value("Product", "id", "value", self.id, exc) from exc

        type_ = self.type_

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("Product", "attributes", "value", self.attributes, exc) from exc

        try:
            relationships: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.relationships, Unset):
                relationships = UNSET
            elif isinstance(self.relationships, ProductRelationships):
                relationships = self.relationships.to_dict()
            else:
                relationships = []
                for relationships_type_1_item_data_index, relationships_type_1_item_data in enumerate(
                    self.relationships
                ):
                    try:
                        relationships_type_1_item = relationships_type_1_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", relationships_type_1_item_data_index, "value", relationships_type_1_item_data, exc
                        ) from exc
                    relationships.append(relationships_type_1_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("Product", "relationships", "value", self.relationships, exc) from exc

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
                raise invalid_value("Product", "id", "value", src_dict.get("id"), exc) from exc

            type_ = src_dict["type"]

            try:
                _attributes = src_dict.get("attributes", UNSET)
                attributes: ProductAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = ProductAttributes.from_dict(_attributes)

            except PARSE_ERRORS as exc:
                raise invalid_value("Product", "attributes", "value", src_dict.get("attributes"), exc) from exc

            try:

                def _parse_relationships(
                    data: object,
                ) -> list[ProductRelationshipsType1Item] | ProductRelationships | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        relationships_type_0 = ProductRelationships.from_dict(data)

                        return relationships_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    relationships_type_1 = []
                    _relationships_type_1 = data
                    for relationships_type_1_item_data_index, relationships_type_1_item_data in enumerate(
                        _relationships_type_1
                    ):
                        try:
                            relationships_type_1_item = ProductRelationshipsType1Item.from_dict(
                                relationships_type_1_item_data
                            )

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list",
                                relationships_type_1_item_data_index,
                                "value",
                                relationships_type_1_item_data,
                                exc,
                            ) from exc
                        relationships_type_1.append(relationships_type_1_item)

                    return relationships_type_1

                relationships = _parse_relationships(src_dict.get("relationships", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("Product", "relationships", "value", src_dict.get("relationships"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Product", exc) from None
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
from ..models.product_attributes import ProductAttributes  # noqa: E402
from ..models.product_relationships import ProductRelationships  # noqa: E402
from ..models.product_relationships_type_1_item import ProductRelationshipsType1Item  # noqa: E402
