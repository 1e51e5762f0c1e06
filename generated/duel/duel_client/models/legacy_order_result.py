from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
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


@_attrs_define
class LegacyOrderResult:
    """The legacy endpoints' answer. Inferred from Duel's code samples, which read `status` and `result` from the body.

    Attributes:
        status (str | Unset):
        result (LegacyOrderResultResult | Unset):
    """

    status: str | Unset = UNSET
    result: LegacyOrderResultResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        try:
            result: dict[str, Any] | Unset = UNSET
            if not isinstance(self.result, Unset):
                result = self.result.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("LegacyOrderResult", "result", "value", self.result, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            status = src_dict.get("status", UNSET)

            try:
                _result = src_dict.get("result", UNSET)
                result: LegacyOrderResultResult | Unset
                if _result is UNSET:
                    result = UNSET
                else:
                    result = LegacyOrderResultResult.from_dict(_result)

            except PARSE_ERRORS as exc:
                raise invalid_value("LegacyOrderResult", "result", "value", src_dict.get("result"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("LegacyOrderResult", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.status = status
        _built.result = result
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


# Other models, imported last so circular references between models resolve (see the template).
from ..models.legacy_order_result_result import LegacyOrderResultResult  # noqa: E402
