from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.tax_provider_name import TaxProviderName
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundTaxProvider")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "provider",
        "avalara_reference_id",
    }
)


@_attrs_define
class RefundTaxProvider:
    """The tax provider of a refund (the SDK's RefundTaxProvider).

    Attributes:
        provider (TaxProviderName | Unset): Who computed a refund's taxes (the SDK's RefundTaxes and RefundTaxProvider).
        avalara_reference_id (str | Unset): Avalara's id for the tax document, when Avalara computed the taxes.
    """

    provider: TaxProviderName | Unset = UNSET
    avalara_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = getattr(self.provider, "value", self.provider)

        except PARSE_ERRORS as exc:
            raise invalid_value("RefundTaxProvider", "provider", "enum", self.provider, exc) from exc

        avalara_reference_id = self.avalara_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if avalara_reference_id is not UNSET:
            field_dict["avalara_reference_id"] = avalara_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                _provider = src_dict.get("provider", UNSET)
                provider: TaxProviderName | Unset
                if _provider is UNSET:
                    provider = UNSET
                else:
                    provider = TaxProviderName(_provider)

            except PARSE_ERRORS as exc:
                raise invalid_value("RefundTaxProvider", "provider", "enum", src_dict.get("provider"), exc) from exc

            avalara_reference_id = src_dict.get("avalara_reference_id", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("RefundTaxProvider", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.provider = provider
        _built.avalara_reference_id = avalara_reference_id
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
