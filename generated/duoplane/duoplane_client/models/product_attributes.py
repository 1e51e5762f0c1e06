from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductAttributes")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "retailer_sku",
        "upc",
        "mpn",
        "other_barcode",
        "created_at",
        "updated_at",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class ProductAttributes:
    """The product's own fields, as stored ("Product attributes").

    Attributes:
        name (str | Unset):
        retailer_sku (str | Unset):
        upc (str | Unset):
        mpn (str | Unset):
        other_barcode (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: str | None | Unset = UNSET
    retailer_sku: str | None | Unset = UNSET
    upc: str | None | Unset = UNSET
    mpn: str | None | Unset = UNSET
    other_barcode: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_name = self.name

        _out_retailer_sku = self.retailer_sku

        _out_upc = self.upc

        _out_mpn = self.mpn

        _out_other_barcode = self.other_barcode

        _out_created_at: Any
        if self.created_at is None or isinstance(self.created_at, Unset):
            _out_created_at = self.created_at
        else:
            try:
                created_at: str | Unset = UNSET
                if not isinstance(self.created_at, Unset):
                    created_at = self.created_at.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("ProductAttributes", "created_at", "format", self.created_at, exc) from exc
            _out_created_at = created_at

        _out_updated_at: Any
        if self.updated_at is None or isinstance(self.updated_at, Unset):
            _out_updated_at = self.updated_at
        else:
            try:
                updated_at: str | Unset = UNSET
                if not isinstance(self.updated_at, Unset):
                    updated_at = self.updated_at.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("ProductAttributes", "updated_at", "format", self.updated_at, exc) from exc
            _out_updated_at = updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_name is not UNSET:
            field_dict["name"] = _out_name
        if _out_retailer_sku is not UNSET:
            field_dict["retailer_sku"] = _out_retailer_sku
        if _out_upc is not UNSET:
            field_dict["upc"] = _out_upc
        if _out_mpn is not UNSET:
            field_dict["mpn"] = _out_mpn
        if _out_other_barcode is not UNSET:
            field_dict["other_barcode"] = _out_other_barcode
        if _out_created_at is not UNSET:
            field_dict["created_at"] = _out_created_at
        if _out_updated_at is not UNSET:
            field_dict["updated_at"] = _out_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_name = src_dict.get("name", UNSET)

        _got_retailer_sku = src_dict.get("retailer_sku", UNSET)

        _got_upc = src_dict.get("upc", UNSET)

        _got_mpn = src_dict.get("mpn", UNSET)

        _got_other_barcode = src_dict.get("other_barcode", UNSET)

        _raw_created_at: Any = src_dict.get("created_at", UNSET)
        _got_created_at: Any = _raw_created_at
        if _raw_created_at is not UNSET and _raw_created_at is not None:
            try:
                _created_at = _raw_created_at
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

                _got_created_at = created_at
            except PARSE_ERRORS as exc:
                unparsable("ProductAttributes", "created_at", "format", _raw_created_at, exc)
                _got_created_at = UNSET
                _kept = {**(_kept or {}), "created_at": _raw_created_at}

        _raw_updated_at: Any = src_dict.get("updated_at", UNSET)
        _got_updated_at: Any = _raw_updated_at
        if _raw_updated_at is not UNSET and _raw_updated_at is not None:
            try:
                _updated_at = _raw_updated_at
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)

                _got_updated_at = updated_at
            except PARSE_ERRORS as exc:
                unparsable("ProductAttributes", "updated_at", "format", _raw_updated_at, exc)
                _got_updated_at = UNSET
                _kept = {**(_kept or {}), "updated_at": _raw_updated_at}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_name is None
            or _got_retailer_sku is None
            or _got_upc is None
            or _got_mpn is None
            or _got_other_barcode is None
            or _raw_created_at is None
            or _raw_updated_at is None
        ):
            gaps("ProductAttributes", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.name = _got_name
        _built.retailer_sku = _got_retailer_sku
        _built.upc = _got_upc
        _built.mpn = _got_mpn
        _built.other_barcode = _got_other_barcode
        _built.created_at = _got_created_at
        _built.updated_at = _got_updated_at
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
