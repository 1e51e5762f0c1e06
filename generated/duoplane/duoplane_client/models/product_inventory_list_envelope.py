from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductInventoryListEnvelope")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "errors",
    }
)


@_attrs_define
class ProductInventoryListEnvelope:
    """A page of inventory records in the response envelope.

    Attributes:
        metadata (Metadata): The rate-limit and paging figures of this response, as also sent in headers.
        data (list[ProductInventory]):
        errors (list[str]): Error messages as plain strings; empty on success.
    """

    metadata: Metadata
    data: list[ProductInventory]
    errors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "data": data,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        metadata = Metadata.from_dict(src_dict["metadata"])

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = ProductInventory.from_dict(data_item_data)

            data.append(data_item)

        errors = src_dict["errors"]

        product_inventory_list_envelope = cls(
            metadata=metadata,
            data=data,
            errors=errors,
        )

        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            product_inventory_list_envelope.additional_properties = d
        return product_inventory_list_envelope

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
from ..models.metadata import Metadata  # noqa: E402
from ..models.product_inventory import ProductInventory  # noqa: E402
