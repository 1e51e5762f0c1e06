from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.mismatch import gaps
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Metadata:
    """The rate-limit and paging figures of this response ("Request and response basics": rate limiting information always,
    paging information on lists). Docs disagree: the rate-limit page calls this object `meta`; every example and the
    envelope description use `metadata`.

        Attributes:
            requests_remaining (int | Unset): Requests left in the bucket (as Duoplane-Requests-Left).
            retry_after_seconds (int | Unset): Seconds to wait when limited (as Duoplane-Retry-After-Seconds); 0 otherwise.
            total_count (int | Unset): Matching records across pages (as Duoplane-Total-Count).
            has_next_page (bool | Unset): Whether another page follows (as Duoplane-Has-Next-Page).
    """

    requests_remaining: int | None | Unset = UNSET
    retry_after_seconds: int | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    has_next_page: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_requests_remaining = self.requests_remaining

        _out_retry_after_seconds = self.retry_after_seconds

        _out_total_count = self.total_count

        _out_has_next_page = self.has_next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_requests_remaining is not UNSET:
            field_dict["requests_remaining"] = _out_requests_remaining
        if _out_retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = _out_retry_after_seconds
        if _out_total_count is not UNSET:
            field_dict["total_count"] = _out_total_count
        if _out_has_next_page is not UNSET:
            field_dict["has_next_page"] = _out_has_next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_requests_remaining = src_dict.get("requests_remaining", UNSET)

        _got_retry_after_seconds = src_dict.get("retry_after_seconds", UNSET)

        _got_total_count = src_dict.get("total_count", UNSET)

        _got_has_next_page = src_dict.get("has_next_page", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_requests_remaining is None
            or _got_retry_after_seconds is None
            or _got_total_count is None
            or _got_has_next_page is None
        ):
            gaps("Metadata", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.requests_remaining = _got_requests_remaining
        _built.retry_after_seconds = _got_retry_after_seconds
        _built.total_count = _got_total_count
        _built.has_next_page = _got_has_next_page
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
