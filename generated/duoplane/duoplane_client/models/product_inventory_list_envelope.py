from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ProductInventoryListEnvelope")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "errors",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "errors",
    }
)
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class ProductInventoryListEnvelope:
    """A page of inventory records in the response envelope.

    Attributes:
        metadata (Metadata): The rate-limit and paging figures of this response ("Request and response basics": rate
            limiting information always, paging information on lists). Docs disagree: the rate-limit page calls this object
            `meta`; every example and the envelope description use `metadata`.
        data (list[ProductInventory]):
        errors (list[str]): Error messages as plain strings; empty on success.
    """

    metadata: Metadata | None | Unset = UNSET
    data: list[ProductInventory] | None | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_metadata: Any
        if self.metadata is None or isinstance(self.metadata, Unset):
            _out_metadata = self.metadata
        else:
            try:
                metadata = self.metadata.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("ProductInventoryListEnvelope", "metadata", "value", self.metadata, exc) from exc
            _out_metadata = metadata

        _out_data: Any
        if self.data is None or isinstance(self.data, Unset):
            _out_data = self.data
        else:
            try:
                data = []
                for data_item_data_index, data_item_data in enumerate(self.data):
                    try:
                        data_item = data_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", data_item_data_index, "value", data_item_data, exc) from exc
                    data.append(data_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("ProductInventoryListEnvelope", "data", "value", self.data, exc) from exc
            _out_data = data

        _out_errors: Any
        if self.errors is None or isinstance(self.errors, Unset):
            _out_errors = self.errors
        else:
            try:
                errors = self.errors

            except PARSE_ERRORS as exc:
                raise invalid_value("ProductInventoryListEnvelope", "errors", "value", self.errors, exc) from exc
            _out_errors = errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_metadata is not UNSET:
            field_dict["metadata"] = _out_metadata
        if _out_data is not UNSET:
            field_dict["data"] = _out_data
        if _out_errors is not UNSET:
            field_dict["errors"] = _out_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_metadata: Any = src_dict.get("metadata", UNSET)
        _got_metadata: Any = _raw_metadata
        if _raw_metadata is not UNSET and _raw_metadata is not None:
            try:
                metadata = Metadata.from_dict(_raw_metadata)

                _got_metadata = metadata
            except PARSE_ERRORS as exc:
                unparsable("ProductInventoryListEnvelope", "metadata", "value", _raw_metadata, exc)
                _got_metadata = UNSET
                _kept = {**(_kept or {}), "metadata": _raw_metadata}

        _raw_data: Any = src_dict.get("data", UNSET)
        _got_data: Any = _raw_data
        if _raw_data is not UNSET and _raw_data is not None:
            try:
                data = []
                _data = _raw_data
                for data_item_data_index, data_item_data in enumerate(_data):
                    try:
                        data_item = ProductInventory.from_dict(data_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", data_item_data_index, "value", data_item_data, exc) from exc
                    data.append(data_item)

                _got_data = data
            except PARSE_ERRORS as exc:
                unparsable("ProductInventoryListEnvelope", "data", "value", _raw_data, exc)
                _got_data = UNSET
                _kept = {**(_kept or {}), "data": _raw_data}

        _raw_errors: Any = src_dict.get("errors", UNSET)
        _got_errors: Any = _raw_errors
        if _raw_errors is not UNSET and _raw_errors is not None:
            try:
                errors = _raw_errors

                _got_errors = errors
            except PARSE_ERRORS as exc:
                unparsable("ProductInventoryListEnvelope", "errors", "value", _raw_errors, exc)
                _got_errors = UNSET
                _kept = {**(_kept or {}), "errors": _raw_errors}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _raw_metadata is None or _raw_data is None or _raw_errors is None or not _REQUIRED_KEYS <= src_dict.keys():
            gaps("ProductInventoryListEnvelope", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.metadata = _got_metadata
        _built.data = _got_data
        _built.errors = _got_errors
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
from ..models.metadata import Metadata  # noqa: E402
from ..models.product_inventory import ProductInventory  # noqa: E402
