from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Metadata")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "requests_remaining",
        "retry_after_seconds",
        "total_count",
        "has_next_page",
    }
)


@_attrs_define
class Metadata:
    """The rate-limit and paging figures of this response, as also sent in headers.

    Attributes:
        requests_remaining (int | Unset): Requests left in the bucket (as Duoplane-Requests-Left).
        retry_after_seconds (int | Unset): Seconds to wait when limited (as Duoplane-Retry-After-Seconds); 0 otherwise.
        total_count (int | Unset): Matching records across pages (as Duoplane-Total-Count).
        has_next_page (bool | Unset): Whether another page follows (as Duoplane-Has-Next-Page).
    """

    requests_remaining: int | Unset = UNSET
    retry_after_seconds: int | Unset = UNSET
    total_count: int | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        requests_remaining = self.requests_remaining

        retry_after_seconds = self.retry_after_seconds

        total_count = self.total_count

        has_next_page = self.has_next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests_remaining is not UNSET:
            field_dict["requests_remaining"] = requests_remaining
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if has_next_page is not UNSET:
            field_dict["has_next_page"] = has_next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            requests_remaining = src_dict.get("requests_remaining", UNSET)

            retry_after_seconds = src_dict.get("retry_after_seconds", UNSET)

            total_count = src_dict.get("total_count", UNSET)

            has_next_page = src_dict.get("has_next_page", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Metadata", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.requests_remaining = requests_remaining
        _built.retry_after_seconds = retry_after_seconds
        _built.total_count = total_count
        _built.has_next_page = has_next_page
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
