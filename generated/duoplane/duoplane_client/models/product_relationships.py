from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductRelationships")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "product_inventories",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class ProductRelationships:
    """The product's inventory records: references (`id`, `type`) or, as in the Product schema's example, whole
    ProductInventory objects.

        Attributes:
            product_inventories (list[ProductRelationshipsProductInventoriesItem] | Unset):
    """

    product_inventories: list[ProductRelationshipsProductInventoriesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_product_inventories: Any
        if self.product_inventories is None or isinstance(self.product_inventories, Unset):
            _out_product_inventories = self.product_inventories
        else:
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
            _out_product_inventories = product_inventories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_product_inventories is not UNSET:
            field_dict["product_inventories"] = _out_product_inventories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_product_inventories: Any = src_dict.get("product_inventories", UNSET)
        _got_product_inventories: Any = _raw_product_inventories
        if _raw_product_inventories is not UNSET and _raw_product_inventories is not None:
            try:
                _product_inventories = _raw_product_inventories
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

                _got_product_inventories = product_inventories
            except PARSE_ERRORS as exc:
                unparsable("ProductRelationships", "product_inventories", "value", _raw_product_inventories, exc)
                _got_product_inventories = UNSET
                _kept = {**(_kept or {}), "product_inventories": _raw_product_inventories}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _raw_product_inventories is None:
            gaps("ProductRelationships", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.product_inventories = _got_product_inventories
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
from ..models.product_relationships_product_inventories_item import ProductRelationshipsProductInventoriesItem  # noqa: E402
