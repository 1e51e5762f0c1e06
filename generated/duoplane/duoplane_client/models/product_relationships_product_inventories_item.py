from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import nulls, unparsable
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
# This model appears in responses, so it is parsed tolerantly: these keys may be null; a null
# elsewhere (or a required key left out) is noted, not refused.
_NULLABLE_KEYS: frozenset[str] = frozenset()


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

    id: int | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    attributes: ProductInventoryAttributes | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id: Any
        if self.id is None or isinstance(self.id, Unset):
            _out_id = self.id
        else:
            try:
                id: int | str | Unset
                if isinstance(self.id, Unset):
                    id = UNSET
                else:
                    id = self.id
            except PARSE_ERRORS as exc:
                raise invalid_value("ProductRelationshipsProductInventoriesItem", "id", "value", self.id, exc) from exc
            _out_id = id

        _out_type_ = self.type_

        _out_attributes: Any
        if self.attributes is None or isinstance(self.attributes, Unset):
            _out_attributes = self.attributes
        else:
            try:
                attributes: dict[str, Any] | Unset = UNSET
                if not isinstance(self.attributes, Unset):
                    attributes = self.attributes.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "ProductRelationshipsProductInventoriesItem", "attributes", "value", self.attributes, exc
                ) from exc
            _out_attributes = attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_type_ is not UNSET:
            field_dict["type"] = _out_type_
        if _out_attributes is not UNSET:
            field_dict["attributes"] = _out_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_type_ = src_dict.get("type", UNSET)

        _raw_attributes: Any = src_dict.get("attributes", UNSET)
        _got_attributes: Any
        if _raw_attributes is not UNSET and _raw_attributes is not None:
            try:
                attributes = ProductInventoryAttributes.from_dict(_raw_attributes)
                _got_attributes = attributes
            except PARSE_ERRORS as exc:
                unparsable("ProductRelationshipsProductInventoriesItem", "attributes", "value", _raw_attributes, exc)
                _got_attributes = UNSET
                _kept = {**(_kept or {}), "attributes": _raw_attributes}
        else:
            _got_attributes = _raw_attributes

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_id is None or _got_type_ is None or _raw_attributes is None:
            nulls("ProductRelationshipsProductInventoriesItem", src_dict, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.type_ = _got_type_
        _built.attributes = _got_attributes
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
from ..models.product_inventory_attributes import ProductInventoryAttributes  # noqa: E402
