from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.errors import undeclared_keys
from ..models.fulfillment_method import FulfillmentMethod
from ..models.fulfillment_status import FulfillmentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FulfillmentUpdate")
# The JSON keys this model declares; it is closed (additionalProperties: false), so from_dict
# refuses any other key instead of dropping it.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "method",
        "items",
        "tracking",
    }
)


@_attrs_define
class FulfillmentUpdate:
    """The fulfillment fields that may change.

    Attributes:
        status (FulfillmentStatus | Unset): Whether the fulfillment is under way or done.
        method (FulfillmentMethod | Unset): How the items reach the customer (sent by email, shipped, or picked up).
        items (list[ItemQuantity] | Unset):
        tracking (Tracking | Unset): Where to follow a shipment.
    """

    status: FulfillmentStatus | Unset = UNSET
    method: FulfillmentMethod | Unset = UNSET
    items: list[ItemQuantity] | Unset = UNSET
    tracking: Tracking | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = getattr(self.method, "value", self.method)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if method is not UNSET:
            field_dict["method"] = method
        if items is not UNSET:
            field_dict["items"] = items
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not src_dict.keys() <= _KNOWN_KEYS:
            raise undeclared_keys("FulfillmentUpdate", src_dict.keys() - _KNOWN_KEYS)
        _status = src_dict.get("status", UNSET)
        status: FulfillmentStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = FulfillmentStatus(_status)

        _method = src_dict.get("method", UNSET)
        method: FulfillmentMethod | Unset
        if _method is UNSET:
            method = UNSET
        else:
            method = FulfillmentMethod(_method)

        _items = src_dict.get("items", UNSET)
        items: list[ItemQuantity] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ItemQuantity.from_dict(items_item_data)

                items.append(items_item)

        _tracking = src_dict.get("tracking", UNSET)
        tracking: Tracking | Unset
        if _tracking is UNSET:
            tracking = UNSET
        else:
            tracking = Tracking.from_dict(_tracking)

        fulfillment_update = cls(
            status=status,
            method=method,
            items=items,
            tracking=tracking,
        )

        return fulfillment_update


# Other models, imported last so circular references between models resolve (see the template).
from ..models.item_quantity import ItemQuantity  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
