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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class OrderAttributes:
    """The order's own fields, as stored ("Order attributes").

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

    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    store_source_name: str | None | Unset = UNSET
    internal_id: str | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    ordered_at: datetime.datetime | None | Unset = UNSET
    tag_names: list[str] | None | Unset = UNSET
    customer_note: str | None | Unset = UNSET
    order_notes: list[Note] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_created_at: Any
        if self.created_at is None or isinstance(self.created_at, Unset):
            _out_created_at = self.created_at
        else:
            try:
                created_at: str | Unset = UNSET
                if not isinstance(self.created_at, Unset):
                    created_at = self.created_at.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "created_at", "format", self.created_at, exc) from exc
            _out_created_at = created_at

        _out_updated_at: Any
        if self.updated_at is None or isinstance(self.updated_at, Unset):
            _out_updated_at = self.updated_at
        else:
            try:
                updated_at: str | Unset = UNSET
                if not isinstance(self.updated_at, Unset):
                    updated_at = self.updated_at.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "updated_at", "format", self.updated_at, exc) from exc
            _out_updated_at = updated_at

        _out_store_id = self.store_id

        _out_store_source_name = self.store_source_name

        _out_internal_id = self.internal_id

        _out_external_id = self.external_id

        _out_ordered_at: Any
        if self.ordered_at is None or isinstance(self.ordered_at, Unset):
            _out_ordered_at = self.ordered_at
        else:
            try:
                ordered_at: str | Unset = UNSET
                if not isinstance(self.ordered_at, Unset):
                    ordered_at = self.ordered_at.isoformat()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "ordered_at", "format", self.ordered_at, exc) from exc
            _out_ordered_at = ordered_at

        _out_tag_names: Any
        if self.tag_names is None or isinstance(self.tag_names, Unset):
            _out_tag_names = self.tag_names
        else:
            try:
                tag_names: list[str] | Unset = UNSET
                if not isinstance(self.tag_names, Unset):
                    tag_names = self.tag_names

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderAttributes", "tag_names", "value", self.tag_names, exc) from exc
            _out_tag_names = tag_names

        _out_customer_note = self.customer_note

        _out_order_notes: Any
        if self.order_notes is None or isinstance(self.order_notes, Unset):
            _out_order_notes = self.order_notes
        else:
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
            _out_order_notes = order_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_created_at is not UNSET:
            field_dict["created_at"] = _out_created_at
        if _out_updated_at is not UNSET:
            field_dict["updated_at"] = _out_updated_at
        if _out_store_id is not UNSET:
            field_dict["store_id"] = _out_store_id
        if _out_store_source_name is not UNSET:
            field_dict["store_source_name"] = _out_store_source_name
        if _out_internal_id is not UNSET:
            field_dict["internal_id"] = _out_internal_id
        if _out_external_id is not UNSET:
            field_dict["external_id"] = _out_external_id
        if _out_ordered_at is not UNSET:
            field_dict["ordered_at"] = _out_ordered_at
        if _out_tag_names is not UNSET:
            field_dict["tag_names"] = _out_tag_names
        if _out_customer_note is not UNSET:
            field_dict["customer_note"] = _out_customer_note
        if _out_order_notes is not UNSET:
            field_dict["order_notes"] = _out_order_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_created_at: Any = src_dict.get("created_at", UNSET)
        _got_created_at: Any = _raw_created_at
        if _raw_created_at is not UNSET and _raw_created_at is not None:
            try:
                _created_at = _raw_created_at
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

                _got_created_at = created_at
            except PARSE_ERRORS as exc:
                unparsable("OrderAttributes", "created_at", "format", _raw_created_at, exc)
                _got_created_at = UNSET
                _kept = {**(_kept or {}), "created_at": _raw_created_at}

        _raw_updated_at: Any = src_dict.get("updated_at", UNSET)
        _got_updated_at: Any = _raw_updated_at
        if _raw_updated_at is not UNSET and _raw_updated_at is not None:
            try:
                _updated_at = _raw_updated_at
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)

                _got_updated_at = updated_at
            except PARSE_ERRORS as exc:
                unparsable("OrderAttributes", "updated_at", "format", _raw_updated_at, exc)
                _got_updated_at = UNSET
                _kept = {**(_kept or {}), "updated_at": _raw_updated_at}

        _got_store_id = src_dict.get("store_id", UNSET)

        _got_store_source_name = src_dict.get("store_source_name", UNSET)

        _got_internal_id = src_dict.get("internal_id", UNSET)

        _got_external_id = src_dict.get("external_id", UNSET)

        _raw_ordered_at: Any = src_dict.get("ordered_at", UNSET)
        _got_ordered_at: Any = _raw_ordered_at
        if _raw_ordered_at is not UNSET and _raw_ordered_at is not None:
            try:
                _ordered_at = _raw_ordered_at
                ordered_at: datetime.datetime | Unset
                if _ordered_at is UNSET:
                    ordered_at = UNSET
                else:
                    ordered_at = datetime.datetime.fromisoformat(_ordered_at)

                _got_ordered_at = ordered_at
            except PARSE_ERRORS as exc:
                unparsable("OrderAttributes", "ordered_at", "format", _raw_ordered_at, exc)
                _got_ordered_at = UNSET
                _kept = {**(_kept or {}), "ordered_at": _raw_ordered_at}

        _raw_tag_names: Any = src_dict.get("tag_names", UNSET)
        _got_tag_names: Any = _raw_tag_names
        if _raw_tag_names is not UNSET and _raw_tag_names is not None:
            try:
                tag_names = _raw_tag_names

                _got_tag_names = tag_names
            except PARSE_ERRORS as exc:
                unparsable("OrderAttributes", "tag_names", "value", _raw_tag_names, exc)
                _got_tag_names = UNSET
                _kept = {**(_kept or {}), "tag_names": _raw_tag_names}

        _got_customer_note = src_dict.get("customer_note", UNSET)

        _raw_order_notes: Any = src_dict.get("order_notes", UNSET)
        _got_order_notes: Any = _raw_order_notes
        if _raw_order_notes is not UNSET and _raw_order_notes is not None:
            try:
                _order_notes = _raw_order_notes
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

                _got_order_notes = order_notes
            except PARSE_ERRORS as exc:
                unparsable("OrderAttributes", "order_notes", "value", _raw_order_notes, exc)
                _got_order_notes = UNSET
                _kept = {**(_kept or {}), "order_notes": _raw_order_notes}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _raw_created_at is None
            or _raw_updated_at is None
            or _got_store_id is None
            or _got_store_source_name is None
            or _got_internal_id is None
            or _got_external_id is None
            or _raw_ordered_at is None
            or _raw_tag_names is None
            or _got_customer_note is None
            or _raw_order_notes is None
        ):
            gaps("OrderAttributes", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.created_at = _got_created_at
        _built.updated_at = _got_updated_at
        _built.store_id = _got_store_id
        _built.store_source_name = _got_store_source_name
        _built.internal_id = _got_internal_id
        _built.external_id = _got_external_id
        _built.ordered_at = _got_ordered_at
        _built.tag_names = _got_tag_names
        _built.customer_note = _got_customer_note
        _built.order_notes = _got_order_notes
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
from ..models.note import Note  # noqa: E402
