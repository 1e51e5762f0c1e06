from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Refund")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "order_id",
        "transaction_id",
        "reason",
        "items",
        "currency",
        "subtotal",
        "taxes",
        "total",
        "created",
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
class Refund:
    """Money returned on an order.

    Attributes:
        id (str):
        order_id (str | Unset):
        transaction_id (str | Unset):
        reason (str | Unset):
        items (list[RefundItem] | Unset):
        currency (str | Unset):
        subtotal (float | Unset):
        taxes (list[Tax] | Unset):
        total (float | Unset):
        created (datetime.datetime | Unset):
    """

    id: str | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    transaction_id: str | None | Unset = UNSET
    reason: str | None | Unset = UNSET
    items: list[RefundItem] | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    taxes: list[Tax] | None | Unset = UNSET
    total: float | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_order_id = self.order_id

        _out_transaction_id = self.transaction_id

        _out_reason = self.reason

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
                raise invalid_value("Refund", "items", "value", self.items, exc) from exc
            _out_items = items

        _out_currency = self.currency

        _out_subtotal = self.subtotal

        _out_taxes: Any
        if self.taxes is None or isinstance(self.taxes, Unset):
            _out_taxes = self.taxes
        else:
            try:
                taxes: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.taxes, Unset):
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(self.taxes):
                        try:
                            taxes_item = taxes_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "taxes", "value", self.taxes, exc) from exc
            _out_taxes = taxes

        _out_total = self.total

        _out_created: Any
        if self.created is None or isinstance(self.created, Unset):
            _out_created = self.created
        else:
            try:
                created: str | Unset = UNSET
                if not isinstance(self.created, Unset):
                    created = self.created.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("Refund", "created", "format", self.created, exc) from exc
            _out_created = created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_order_id is not UNSET:
            field_dict["order_id"] = _out_order_id
        if _out_transaction_id is not UNSET:
            field_dict["transaction_id"] = _out_transaction_id
        if _out_reason is not UNSET:
            field_dict["reason"] = _out_reason
        if _out_items is not UNSET:
            field_dict["items"] = _out_items
        if _out_currency is not UNSET:
            field_dict["currency"] = _out_currency
        if _out_subtotal is not UNSET:
            field_dict["subtotal"] = _out_subtotal
        if _out_taxes is not UNSET:
            field_dict["taxes"] = _out_taxes
        if _out_total is not UNSET:
            field_dict["total"] = _out_total
        if _out_created is not UNSET:
            field_dict["created"] = _out_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_order_id = src_dict.get("order_id", UNSET)

        _got_transaction_id = src_dict.get("transaction_id", UNSET)

        _got_reason = src_dict.get("reason", UNSET)

        _raw_items: Any = src_dict.get("items", UNSET)
        _got_items: Any = _raw_items
        if _raw_items is not UNSET and _raw_items is not None:
            try:
                _items = _raw_items
                items: list[RefundItem] | Unset = UNSET
                if _items is not UNSET:
                    items = []
                    for items_item_data_index, items_item_data in enumerate(_items):
                        try:
                            items_item = RefundItem.from_dict(items_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", items_item_data_index, "value", items_item_data, exc) from exc
                        items.append(items_item)

                _got_items = items
            except PARSE_ERRORS as exc:
                unparsable("Refund", "items", "value", _raw_items, exc)
                _got_items = UNSET
                _kept = {**(_kept or {}), "items": _raw_items}

        _got_currency = src_dict.get("currency", UNSET)

        _got_subtotal = src_dict.get("subtotal", UNSET)

        _raw_taxes: Any = src_dict.get("taxes", UNSET)
        _got_taxes: Any = _raw_taxes
        if _raw_taxes is not UNSET and _raw_taxes is not None:
            try:
                _taxes = _raw_taxes
                taxes: list[Tax] | Unset = UNSET
                if _taxes is not UNSET:
                    taxes = []
                    for taxes_item_data_index, taxes_item_data in enumerate(_taxes):
                        try:
                            taxes_item = Tax.from_dict(taxes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value("list", taxes_item_data_index, "value", taxes_item_data, exc) from exc
                        taxes.append(taxes_item)

                _got_taxes = taxes
            except PARSE_ERRORS as exc:
                unparsable("Refund", "taxes", "value", _raw_taxes, exc)
                _got_taxes = UNSET
                _kept = {**(_kept or {}), "taxes": _raw_taxes}

        _got_total = src_dict.get("total", UNSET)

        _raw_created: Any = src_dict.get("created", UNSET)
        _got_created: Any = _raw_created
        if _raw_created is not UNSET and _raw_created is not None:
            try:
                _created = _raw_created
                created: datetime.datetime | Unset
                if _created is UNSET:
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

                _got_created = created
            except PARSE_ERRORS as exc:
                unparsable("Refund", "created", "format", _raw_created, exc)
                _got_created = UNSET
                _kept = {**(_kept or {}), "created": _raw_created}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_id is None
            or _got_order_id is None
            or _got_transaction_id is None
            or _got_reason is None
            or _raw_items is None
            or _got_currency is None
            or _got_subtotal is None
            or _raw_taxes is None
            or _got_total is None
            or _raw_created is None
            or not _REQUIRED_KEYS <= src_dict.keys()
        ):
            gaps("Refund", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.order_id = _got_order_id
        _built.transaction_id = _got_transaction_id
        _built.reason = _got_reason
        _built.items = _got_items
        _built.currency = _got_currency
        _built.subtotal = _got_subtotal
        _built.taxes = _got_taxes
        _built.total = _got_total
        _built.created = _got_created
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
from ..models.refund_item import RefundItem  # noqa: E402
from ..models.tax import Tax  # noqa: E402
