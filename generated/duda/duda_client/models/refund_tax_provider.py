from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import nulls, unparsable
from ..models.tax_provider_name import TaxProviderName
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="RefundTaxProvider")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "provider",
        "avalara_reference_id",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys may be null; a null
# elsewhere (or a required key left out) is noted, not refused.
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class RefundTaxProvider:
    """The tax provider of a refund (the SDK's RefundTaxProvider).

    Attributes:
        provider (TaxProviderName | Unset): Who computed a refund's taxes (the SDK's RefundTaxes and RefundTaxProvider).
        avalara_reference_id (str | Unset): Avalara's id for the tax document, when Avalara computed the taxes.
    """

    provider: TaxProviderName | None | Unset = UNSET
    avalara_reference_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_provider: Any
        if self.provider is None or isinstance(self.provider, Unset):
            _out_provider = self.provider
        else:
            try:
                provider: str | Unset = UNSET
                if not isinstance(self.provider, Unset):
                    provider = getattr(self.provider, "value", self.provider)

            except PARSE_ERRORS as exc:
                raise invalid_value("RefundTaxProvider", "provider", "enum", self.provider, exc) from exc
            _out_provider = provider

        _out_avalara_reference_id = self.avalara_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_provider is not UNSET:
            field_dict["provider"] = _out_provider
        if _out_avalara_reference_id is not UNSET:
            field_dict["avalara_reference_id"] = _out_avalara_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_provider: Any = src_dict.get("provider", UNSET)
        _got_provider: Any
        if _raw_provider is not UNSET and _raw_provider is not None:
            try:
                provider = TaxProviderName(_raw_provider)
                _got_provider = provider
            except PARSE_ERRORS as exc:
                unparsable("RefundTaxProvider", "provider", "enum", _raw_provider, exc)
                _got_provider = UNSET
                _kept = {**(_kept or {}), "provider": _raw_provider}
        else:
            _got_provider = _raw_provider

        _got_avalara_reference_id = src_dict.get("avalara_reference_id", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _raw_provider is None or _got_avalara_reference_id is None:
            nulls("RefundTaxProvider", src_dict, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.provider = _got_provider
        _built.avalara_reference_id = _got_avalara_reference_id
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
