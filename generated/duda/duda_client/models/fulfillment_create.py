from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key, undeclared_keys
from ..models.fulfillment_method import FulfillmentMethod
from ..models.fulfillment_status import FulfillmentStatus
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FulfillmentCreate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "items",
        "status",
        "method",
        "tracking",
    }
)


@_attrs_define
class FulfillmentCreate:
    """A new fulfillment.

    Attributes:
        items (list[ItemQuantity]):
        status (FulfillmentStatus | Unset): Whether the fulfillment is under way or done.
        method (FulfillmentMethod | Unset): How the items reach the customer (sent by email, shipped, or picked up).
        tracking (Tracking | Unset): Where to follow a shipment.
    """

    items: list[ItemQuantity]
    status: FulfillmentStatus | Unset = UNSET
    method: FulfillmentMethod | Unset = UNSET
    tracking: Tracking | Unset = UNSET
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            items = []
            for items_item_data_index, items_item_data in enumerate(self.items):
                try:
                    items_item = items_item_data.to_dict()
                except PARSE_ERRORS as exc:
                    raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                items.append(items_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("FulfillmentCreate", "items", "value", self.items, exc) from exc

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        except PARSE_ERRORS as exc:
            raise invalid_value("FulfillmentCreate", "status", "enum", self.status, exc) from exc

        try:
            method: str | Unset = UNSET
            if not isinstance(self.method, Unset):
                method = getattr(self.method, "value", self.method)

        except PARSE_ERRORS as exc:
            raise invalid_value("FulfillmentCreate", "method", "enum", self.method, exc) from exc

        try:
            tracking: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tracking, Unset):
                tracking = self.tracking.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("FulfillmentCreate", "tracking", "value", self.tracking, exc) from exc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if method is not UNSET:
            field_dict["method"] = method
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("FulfillmentCreate", src_dict.keys() - _KNOWN_KEYS)
        try:
            try:
                items = []
                _items = src_dict["items"]
                for items_item_data_index, items_item_data in enumerate(_items):
                    try:
                        items_item = ItemQuantity.from_dict(items_item_data)

                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                    items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("FulfillmentCreate", "items", "value", src_dict.get("items"), exc) from exc

            try:
                _status = src_dict.get("status", UNSET)
                status: FulfillmentStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = FulfillmentStatus(_status)

            except PARSE_ERRORS as exc:
                raise invalid_value("FulfillmentCreate", "status", "enum", src_dict.get("status"), exc) from exc

            try:
                _method = src_dict.get("method", UNSET)
                method: FulfillmentMethod | Unset
                if _method is UNSET:
                    method = UNSET
                else:
                    method = FulfillmentMethod(_method)

            except PARSE_ERRORS as exc:
                raise invalid_value("FulfillmentCreate", "method", "enum", src_dict.get("method"), exc) from exc

            try:
                _tracking = src_dict.get("tracking", UNSET)
                tracking: Tracking | Unset
                if _tracking is UNSET:
                    tracking = UNSET
                else:
                    tracking = Tracking.from_dict(_tracking)

            except PARSE_ERRORS as exc:
                raise invalid_value("FulfillmentCreate", "tracking", "value", src_dict.get("tracking"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("FulfillmentCreate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.items = items
        _built.status = status
        _built.method = method
        _built.tracking = tracking

        return _built


# Other models, imported last so circular references between models resolve (see the template).
from ..models.item_quantity import ItemQuantity  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
