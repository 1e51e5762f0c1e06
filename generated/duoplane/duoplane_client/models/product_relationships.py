from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductRelationships")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "product_inventories",
    }
)


@_attrs_define
class ProductRelationships:
    """The product's inventory records, by reference.

    Attributes:
        product_inventories (list[ProductRelationshipsProductInventoriesItem] | Unset):
    """

    product_inventories: list[ProductRelationshipsProductInventoriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            product_inventories: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.product_inventories, Unset):
                product_inventories = []
                for product_inventories_item_data_index, product_inventories_item_data in enumerate(
                    self.product_inventories
                ):
                    try:
                        product_inventories_item = product_inventories_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", product_inventories_item_data_index, "value", product_inventories_item_data, exc
                        ) from exc
                    product_inventories.append(product_inventories_item)

        except PARSE_ERRORS as exc:
            raise invalid_value(
                "ProductRelationships", "product_inventories", "value", self.product_inventories, exc
            ) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_inventories is not UNSET:
            field_dict["product_inventories"] = product_inventories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                _product_inventories = src_dict.get("product_inventories", UNSET)
                product_inventories: list[ProductRelationshipsProductInventoriesItem] | Unset = UNSET
                if _product_inventories is not UNSET:
                    product_inventories = []
                    for product_inventories_item_data_index, product_inventories_item_data in enumerate(
                        _product_inventories
                    ):
                        try:
                            product_inventories_item = ProductRelationshipsProductInventoriesItem.from_dict(
                                product_inventories_item_data
                            )

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", product_inventories_item_data_index, "value", product_inventories_item_data, exc
                            ) from exc
                        product_inventories.append(product_inventories_item)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductRelationships", "product_inventories", "value", src_dict.get("product_inventories"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("ProductRelationships", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.product_inventories = product_inventories
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
from ..models.product_relationships_product_inventories_item import ProductRelationshipsProductInventoriesItem  # noqa: E402
