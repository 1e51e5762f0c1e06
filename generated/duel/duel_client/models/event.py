from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..models.event_type import EventType
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Event")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Event:
    """An activity record. Duel documents the event types but no fields: Inferred: `type` holds the event type; everything
    else stays open.

        Attributes:
            type_ (EventType | Unset): action_approval / action_rejection / action_submission: an advocate's action (a
                referral, a post) approved, rejected or submitted; member_acceptance: joined the programme; member_payment: paid
                cash; member_reward: given a non-cash reward; member_tier_up: moved up a tier; member_update: profile changed;
                purchase_completion / purchase_update: a tracked purchase completed or changed (e.g. cancelled, refunded);
                social_post_refresh: a linked post re-checked or resubmitted; task_completion: a programme task done.
    """

    type_: EventType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_type_: Any
        if self.type_ is None or isinstance(self.type_, Unset):
            _out_type_ = self.type_
        else:
            try:
                type_: str | Unset = UNSET
                if not isinstance(self.type_, Unset):
                    type_ = getattr(self.type_, "value", self.type_)

            except PARSE_ERRORS as exc:
                raise invalid_value("Event", "type", "enum", self.type_, exc) from exc
            _out_type_ = type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_type_ is not UNSET:
            field_dict["type"] = _out_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_type_: Any = src_dict.get("type", UNSET)
        _got_type_: Any = _raw_type_
        if _raw_type_ is not UNSET and _raw_type_ is not None:
            try:
                _type_ = _raw_type_
                type_: EventType | Unset
                if _type_ is UNSET:
                    type_ = UNSET
                else:
                    type_ = EventType(_type_)

                _got_type_ = type_
            except PARSE_ERRORS as exc:
                unparsable("Event", "type", "enum", _raw_type_, exc)
                _got_type_ = UNSET
                _kept = {**(_kept or {}), "type": _raw_type_}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if _raw_type_ is None:
            gaps("Event", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.type_ = _got_type_
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
