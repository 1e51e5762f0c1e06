from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductEnvelope")


@_attrs_define
class ProductEnvelope:
    """One product in the response envelope.

    Attributes:
        metadata (Metadata): The rate-limit and paging figures of this response, as also sent in headers.
        data (Product): A catalogue product.
        errors (list[str]): Error messages as plain strings; empty on success.
    """

    metadata: Metadata
    data: Product
    errors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data = self.data.to_dict()

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
        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        data = Product.from_dict(d.pop("data"))

        errors = cast(list[str], d.pop("errors"))

        product_envelope = cls(
            metadata=metadata,
            data=data,
            errors=errors,
        )

        product_envelope.additional_properties = d
        return product_envelope

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
from ..models.product import Product  # noqa: E402
