from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.tax_provider_name import TaxProviderName
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundTax")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "rate",
        "amount",
        "provider",
    }
)


@_attrs_define
class RefundTax:
    """A tax returned with a refund: the order tax's fields plus its id and provider (the SDK's RefundTaxes).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        rate (float | Unset): The tax rate as a percentage.
        amount (float | Unset):
        provider (TaxProviderName | Unset): Who computed a refund's taxes (the SDK's RefundTaxes and RefundTaxProvider).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    amount: float | Unset = UNSET
    provider: TaxProviderName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rate = self.rate

        amount = self.amount

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = getattr(self.provider, "value", self.provider)

        except PARSE_ERRORS as exc:
            raise invalid_value("RefundTax", "provider", "enum", self.provider, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            name = src_dict.get("name", UNSET)

            rate = src_dict.get("rate", UNSET)

            amount = src_dict.get("amount", UNSET)

            try:
                _provider = src_dict.get("provider", UNSET)
                provider: TaxProviderName | Unset
                if _provider is UNSET:
                    provider = UNSET
                else:
                    provider = TaxProviderName(_provider)

            except PARSE_ERRORS as exc:
                raise invalid_value("RefundTax", "provider", "enum", src_dict.get("provider"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("RefundTax", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.name = name
        _built.rate = rate
        _built.amount = amount
        _built.provider = provider
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
