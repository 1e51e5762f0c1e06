from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="LegacyOrderResult")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "result",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class LegacyOrderResult:
    """The legacy endpoints' answer. Inferred from Duel's code samples, which read `status` and `result` from the body.

    Attributes:
        status (str | Unset):
        result (LegacyOrderResultResult | Unset):
    """

    status: str | None | Unset = UNSET
    result: LegacyOrderResultResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_status = self.status

        _out_result: Any
        if self.result is None or isinstance(self.result, Unset):
            _out_result = self.result
        else:
            try:
                result: dict[str, Any] | Unset = UNSET
                if not isinstance(self.result, Unset):
                    result = self.result.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("LegacyOrderResult", "result", "value", self.result, exc) from exc
            _out_result = result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_status is not UNSET:
            field_dict["status"] = _out_status
        if _out_result is not UNSET:
            field_dict["result"] = _out_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_status = src_dict.get("status", UNSET)

        _raw_result: Any = src_dict.get("result", UNSET)
        _got_result: Any = _raw_result
        if _raw_result is not UNSET and _raw_result is not None:
            try:
                _result = _raw_result
                result: LegacyOrderResultResult | Unset
                if _result is UNSET:
                    result = UNSET
                else:
                    result = LegacyOrderResultResult.from_dict(_result)

                _got_result = result
            except PARSE_ERRORS as exc:
                unparsable("LegacyOrderResult", "result", "value", _raw_result, exc)
                _got_result = UNSET
                _kept = {**(_kept or {}), "result": _raw_result}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _got_status is None or _raw_result is None:
            gaps("LegacyOrderResult", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.status = _got_status
        _built.result = _got_result
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
from ..models.legacy_order_result_result import LegacyOrderResultResult  # noqa: E402
