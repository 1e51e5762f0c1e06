from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderAttributes")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "updated_at",
        "store_id",
        "store_source_name",
        "internal_id",
        "external_id",
        "ordered_at",
        "tag_names",
        "customer_note",
        "order_notes",
    }
)


@_attrs_define
class OrderAttributes:
    """The order's own fields, as stored.

    Attributes:
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        store_id (int | Unset):
        store_source_name (str | Unset):
        internal_id (str | Unset):
        external_id (str | Unset):
        ordered_at (datetime.datetime | Unset):
        tag_names (list[str] | Unset):
        customer_note (str | Unset):
        order_notes (list[Note] | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    store_id: int | Unset = UNSET
    store_source_name: str | Unset = UNSET
    internal_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    ordered_at: datetime.datetime | Unset = UNSET
    tag_names: list[str] | Unset = UNSET
    customer_note: str | Unset = UNSET
    order_notes: list[Note] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        try:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderAttributes", "created_at", "format", self.created_at, exc) from exc

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderAttributes", "updated_at", "format", self.updated_at, exc) from exc

        store_id = self.store_id

        store_source_name = self.store_source_name

        internal_id = self.internal_id

        external_id = self.external_id

        try:
            ordered_at: str | Unset = UNSET
            if not isinstance(self.ordered_at, Unset):
                ordered_at = self.ordered_at.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderAttributes", "ordered_at", "format", self.ordered_at, exc) from exc

        try:
            tag_names: list[str] | Unset = UNSET
            if not isinstance(self.tag_names, Unset):
                tag_names = self.tag_names

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderAttributes", "tag_names", "value", self.tag_names, exc) from exc

        customer_note = self.customer_note

        try:
            order_notes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.order_notes, Unset):
                order_notes = []
                for order_notes_item_data_index, order_notes_item_data in enumerate(self.order_notes):
                    try:
                        order_notes_item = order_notes_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value(
                            "list", order_notes_item_data_index, "value", order_notes_item_data, exc
                        ) from exc
                    order_notes.append(order_notes_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderAttributes", "order_notes", "value", self.order_notes, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if store_source_name is not UNSET:
            field_dict["store_source_name"] = store_source_name
        if internal_id is not UNSET:
            field_dict["internal_id"] = internal_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if ordered_at is not UNSET:
            field_dict["ordered_at"] = ordered_at
        if tag_names is not UNSET:
            field_dict["tag_names"] = tag_names
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if order_notes is not UNSET:
            field_dict["order_notes"] = order_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            try:
                _created_at = src_dict.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "created_at", "format", src_dict.get("created_at"), exc) from exc

            try:
                _updated_at = src_dict.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "updated_at", "format", src_dict.get("updated_at"), exc) from exc

            store_id = src_dict.get("store_id", UNSET)

            store_source_name = src_dict.get("store_source_name", UNSET)

            internal_id = src_dict.get("internal_id", UNSET)

            external_id = src_dict.get("external_id", UNSET)

            try:
                _ordered_at = src_dict.get("ordered_at", UNSET)
                ordered_at: datetime.datetime | Unset
                if _ordered_at is UNSET:
                    ordered_at = UNSET
                else:
                    ordered_at = datetime.datetime.fromisoformat(_ordered_at)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "ordered_at", "format", src_dict.get("ordered_at"), exc) from exc

            try:
                tag_names = src_dict.get("tag_names", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "tag_names", "value", src_dict.get("tag_names"), exc) from exc

            customer_note = src_dict.get("customer_note", UNSET)

            try:
                _order_notes = src_dict.get("order_notes", UNSET)
                order_notes: list[Note] | Unset = UNSET
                if _order_notes is not UNSET:
                    order_notes = []
                    for order_notes_item_data_index, order_notes_item_data in enumerate(_order_notes):
                        try:
                            order_notes_item = Note.from_dict(order_notes_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", order_notes_item_data_index, "value", order_notes_item_data, exc
                            ) from exc
                        order_notes.append(order_notes_item)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderAttributes", "order_notes", "value", src_dict.get("order_notes"), exc
                ) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderAttributes", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.created_at = created_at
        _built.updated_at = updated_at
        _built.store_id = store_id
        _built.store_source_name = store_source_name
        _built.internal_id = internal_id
        _built.external_id = external_id
        _built.ordered_at = ordered_at
        _built.tag_names = tag_names
        _built.customer_note = customer_note
        _built.order_notes = order_notes
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
from ..models.note import Note  # noqa: E402
