from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..models.fulfillment_method import FulfillmentMethod
from ..models.fulfillment_status import FulfillmentStatus
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Fulfillment")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "method",
        "items",
        "tracking",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset(
    {
        "id",
    }
)
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Fulfillment:
    """Items of an order shipped, emailed or picked up.

    Attributes:
        id (str):
        status (FulfillmentStatus | Unset): Whether the fulfillment is under way or done.
        method (FulfillmentMethod | Unset): How the items reach the customer (sent by email, shipped, or picked up).
        items (list[FulfillmentItem] | Unset):
        tracking (Tracking | Unset): Where to follow a shipment.
    """

    id: str | None | Unset = UNSET
    status: FulfillmentStatus | None | Unset = UNSET
    method: FulfillmentMethod | None | Unset = UNSET
    items: list[FulfillmentItem] | None | Unset = UNSET
    tracking: Tracking | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_status: Any
        if self.status is None or isinstance(self.status, Unset):
            _out_status = self.status
        else:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = getattr(self.status, "value", self.status)

            except PARSE_ERRORS as exc:
                raise invalid_value("Fulfillment", "status", "enum", self.status, exc) from exc
            _out_status = status

        _out_method: Any
        if self.method is None or isinstance(self.method, Unset):
            _out_method = self.method
        else:
            try:
                method: str | Unset = UNSET
                if not isinstance(self.method, Unset):
                    method = getattr(self.method, "value", self.method)

            except PARSE_ERRORS as exc:
                raise invalid_value("Fulfillment", "method", "enum", self.method, exc) from exc
            _out_method = method

        _out_items: Any
        if self.items is None or isinstance(self.items, Unset):
            _out_items = self.items
        else:
            try:
                items: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.items, Unset):
                    items = []
                    for items_item_data_index, items_item_data in enumerate(self.items):
                        try:
                            items_item = items_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Fulfillment", "items", "value", self.items, exc) from exc
            _out_items = items

        _out_tracking: Any
        if self.tracking is None or isinstance(self.tracking, Unset):
            _out_tracking = self.tracking
        else:
            try:
                tracking: dict[str, Any] | Unset = UNSET
                if not isinstance(self.tracking, Unset):
                    tracking = self.tracking.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Fulfillment", "tracking", "value", self.tracking, exc) from exc
            _out_tracking = tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_status is not UNSET:
            field_dict["status"] = _out_status
        if _out_method is not UNSET:
            field_dict["method"] = _out_method
        if _out_items is not UNSET:
            field_dict["items"] = _out_items
        if _out_tracking is not UNSET:
            field_dict["tracking"] = _out_tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _raw_status: Any = src_dict.get("status", UNSET)
        _got_status: Any = _raw_status
        if _raw_status is not UNSET and _raw_status is not None:
            try:
                _status = _raw_status
                status: FulfillmentStatus | Unset
                if _status is UNSET:
                    status = UNSET
                else:
                    status = FulfillmentStatus(_status)

                _got_status = status
            except PARSE_ERRORS as exc:
                unparsable("Fulfillment", "status", "enum", _raw_status, exc)
                _got_status = UNSET
                _kept = {**(_kept or {}), "status": _raw_status}

        _raw_method: Any = src_dict.get("method", UNSET)
        _got_method: Any = _raw_method
        if _raw_method is not UNSET and _raw_method is not None:
            try:
                _method = _raw_method
                method: FulfillmentMethod | Unset
                if _method is UNSET:
                    method = UNSET
                else:
                    method = FulfillmentMethod(_method)

                _got_method = method
            except PARSE_ERRORS as exc:
                unparsable("Fulfillment", "method", "enum", _raw_method, exc)
                _got_method = UNSET
                _kept = {**(_kept or {}), "method": _raw_method}

        _raw_items: Any = src_dict.get("items", UNSET)
        _got_items: Any = _raw_items
        if _raw_items is not UNSET and _raw_items is not None:
            try:
                _items = _raw_items
                items: list[FulfillmentItem] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = FulfillmentItem.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

                _got_items = items
            except PARSE_ERRORS as exc:
                unparsable("Fulfillment", "items", "value", _raw_items, exc)
                _got_items = UNSET
                _kept = {**(_kept or {}), "items": _raw_items}

        _raw_tracking: Any = src_dict.get("tracking", UNSET)
        _got_tracking: Any = _raw_tracking
        if _raw_tracking is not UNSET and _raw_tracking is not None:
            try:
                _tracking = _raw_tracking
                tracking: Tracking | Unset
                if _tracking is UNSET:
                    tracking = UNSET
                else:
                    tracking = Tracking.from_dict(_tracking)

                _got_tracking = tracking
            except PARSE_ERRORS as exc:
                unparsable("Fulfillment", "tracking", "value", _raw_tracking, exc)
                _got_tracking = UNSET
                _kept = {**(_kept or {}), "tracking": _raw_tracking}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_id is None
            or _raw_status is None
            or _raw_method is None
            or _raw_items is None
            or _raw_tracking is None
            or not _REQUIRED_KEYS <= src_dict.keys()
        ):
            gaps("Fulfillment", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.status = _got_status
        _built.method = _got_method
        _built.items = _got_items
        _built.tracking = _got_tracking
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
from ..models.fulfillment_item import FulfillmentItem  # noqa: E402
from ..models.tracking import Tracking  # noqa: E402
