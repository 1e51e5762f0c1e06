from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductRelationshipsProductInventoriesItem")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attributes",
    }
)


@_attrs_define
class ProductRelationshipsProductInventoriesItem:
    """
    Attributes:
        id (int | str | Unset): A Duoplane id. Docs disagree: a number on orders and inventories, a string on order
            items, addresses and products in the developers.duoplane.com schemas, while "Reference: Product API" calls
            product and inventory ids numeric; both are accepted.
        type_ (str | Unset):
        attributes (ProductInventoryAttributes | Unset): One vendor's stock and cost for a product ("ProductInventory
            attributes").
    """

    id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    attributes: ProductInventoryAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            id: int | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
        except PARSE_ERRORS as exc:
            raise invalid_value("ProductRelationshipsProductInventoriesItem", "id", "value", self.id, exc) from exc

        type_ = self.type_

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value(
                "ProductRelationshipsProductInventoriesItem", "attributes", "value", self.attributes, exc
            ) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                id = src_dict.get("id", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductRelationshipsProductInventoriesItem", "id", "value", src_dict.get("id"), exc
                ) from exc

            type_ = src_dict.get("type", UNSET)

            try:
                _attributes = src_dict.get("attributes", UNSET)
                attributes: ProductInventoryAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = ProductInventoryAttributes.from_dict(_attributes)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductRelationshipsProductInventoriesItem", "attributes", "value", src_dict.get("attributes"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ProductRelationshipsProductInventoriesItem", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.type_ = type_
        _built.attributes = attributes
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
from ..models.product_inventory_attributes import ProductInventoryAttributes  # noqa: E402
