from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key

T = TypeVar("T", bound="OrderPage")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "offset",
        "limit",
        "total_responses",
        "results",
    }
)


@_attrs_define
class OrderPage:
    """One page of orders. Docs disagree: the SDK's test data spells the total `total_response`; the reference page and the
    SDK's types say `total_responses`, which is what is required here (another spelling is kept as an undeclared field).

        Attributes:
            offset (int):
            limit (int):
            total_responses (int): How many orders match across all pages.
            results (list[Order]):
    """

    offset: int
    limit: int
    total_responses: int
    results: list[Order]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        total_responses = self.total_responses

        try:
            results = []
            for results_item_data_index, results_item_data in enumerate(self.results):
                try:
                    results_item = results_item_data.to_dict()
                except PARSE_ERRORS as exc:
                    raise invalid_value("list", results_item_data_index, "value", results_item_data, exc) from exc
                results.append(results_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderPage", "results", "value", self.results, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "limit": limit,
                "total_responses": total_responses,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            offset = src_dict["offset"]

            limit = src_dict["limit"]

            total_responses = src_dict["total_responses"]

            try:
                results = []
                _results = src_dict["results"]
                for results_item_data_index, results_item_data in enumerate(_results):
                    try:
                        results_item = Order.from_dict(results_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", results_item_data_index, "value", results_item_data, exc) from exc
                    results.append(results_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderPage", "results", "value", src_dict.get("results"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderPage", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.offset = offset
        _built.limit = limit
        _built.total_responses = total_responses
        _built.results = results
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
from ..models.order import Order  # noqa: E402
