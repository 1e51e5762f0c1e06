from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FulfillmentPage")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "offset",
        "limit",
        "total_responses",
        "results",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset(
    {
        "offset",
        "limit",
        "total_responses",
        "results",
    }
)
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class FulfillmentPage:
    """One page of fulfillments. Inferred: the same envelope as the order list.

    Attributes:
        offset (int):
        limit (int):
        total_responses (int):
        results (list[Fulfillment]):
    """

    offset: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    total_responses: int | None | Unset = UNSET
    results: list[Fulfillment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_offset = self.offset

        _out_limit = self.limit

        _out_total_responses = self.total_responses

        _out_results: Any
        if self.results is None or isinstance(self.results, Unset):
            _out_results = self.results
        else:
            try:
                results = []
                for results_item_data_index, results_item_data in enumerate(self.results):
                    try:
                        results_item = results_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", results_item_data_index, "value", results_item_data, exc) from exc
                    results.append(results_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("FulfillmentPage", "results", "value", self.results, exc) from exc
            _out_results = results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_offset is not UNSET:
            field_dict["offset"] = _out_offset
        if _out_limit is not UNSET:
            field_dict["limit"] = _out_limit
        if _out_total_responses is not UNSET:
            field_dict["total_responses"] = _out_total_responses
        if _out_results is not UNSET:
            field_dict["results"] = _out_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_offset = src_dict.get("offset", UNSET)

        _got_limit = src_dict.get("limit", UNSET)

        _got_total_responses = src_dict.get("total_responses", UNSET)

        _raw_results: Any = src_dict.get("results", UNSET)
        _got_results: Any = _raw_results
        if _raw_results is not UNSET and _raw_results is not None:
            try:
                results = []
                _results = _raw_results
                for results_item_data_index, results_item_data in enumerate(_results):
                    try:
                        results_item = Fulfillment.from_dict(results_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", results_item_data_index, "value", results_item_data, exc) from exc
                    results.append(results_item)

                _got_results = results
            except PARSE_ERRORS as exc:
                unparsable("FulfillmentPage", "results", "value", _raw_results, exc)
                _got_results = UNSET
                _kept = {**(_kept or {}), "results": _raw_results}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_offset is None
            or _got_limit is None
            or _got_total_responses is None
            or _raw_results is None
            or not _REQUIRED_KEYS <= src_dict.keys()
        ):
            gaps("FulfillmentPage", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.offset = _got_offset
        _built.limit = _got_limit
        _built.total_responses = _got_total_responses
        _built.results = _got_results
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
from ..models.fulfillment import Fulfillment  # noqa: E402
