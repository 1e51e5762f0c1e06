from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderItem")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attributes",
        "relationships",
    }
)
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
    }
)
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class OrderItem:
    """A line of a stored order ("OrderItem object"). Every object has `id` and `type` ("Request and response basics").

    Attributes:
        id (int | str): A Duoplane id. Docs disagree: a number on orders and inventories, a string on order items,
            addresses and products in the developers.duoplane.com schemas, while "Reference: Product API" calls product and
            inventory ids numeric; both are accepted.
        type_ (str): Always `order_item`.
        attributes (OrderItemAttributes | Unset): A stored order line, with the vendor's cost and identifiers added
            ("OrderItem attributes").
        relationships (list[RelationshipsType1Item] | RelationshipsType0 | Unset): Links from an object to others. Docs
            disagree: "Request and response basics" describes `relationships` as a JSON object (and orders show one), while
            the OrderItem, ProductInventory and Product schemas show an array of objects; either shape is accepted.
    """

    id: int | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    attributes: OrderItemAttributes | None | Unset = UNSET
    relationships: list[RelationshipsType1Item] | RelationshipsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id: Any
        if self.id is None or isinstance(self.id, Unset):
            _out_id = self.id
        else:
            try:
                id: int | str
                id = self.id
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "id", "value", self.id, exc) from exc
            _out_id = id

        _out_type_ = self.type_

        _out_attributes: Any
        if self.attributes is None or isinstance(self.attributes, Unset):
            _out_attributes = self.attributes
        else:
            try:
                attributes: dict[str, Any] | Unset = UNSET
                if not isinstance(self.attributes, Unset):
                    attributes = self.attributes.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "attributes", "value", self.attributes, exc) from exc
            _out_attributes = attributes

        _out_relationships: Any
        if self.relationships is None or isinstance(self.relationships, Unset):
            _out_relationships = self.relationships
        else:
            try:
                relationships: dict[str, Any] | list[dict[str, Any]] | Unset
                if isinstance(self.relationships, Unset):
                    relationships = UNSET
                elif isinstance(self.relationships, RelationshipsType0):
                    relationships = self.relationships.to_dict()
                else:
                    relationships = []
                    for (
                        componentsschemas_relationships_type_1_item_data_index,
                        componentsschemas_relationships_type_1_item_data,
                    ) in enumerate(self.relationships):
                        try:
                            componentsschemas_relationships_type_1_item = (
                                componentsschemas_relationships_type_1_item_data.to_dict()
                            )
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list",
                                componentsschemas_relationships_type_1_item_data_index,
                                "value",
                                componentsschemas_relationships_type_1_item_data,
                                exc,
                            ) from exc
                        relationships.append(componentsschemas_relationships_type_1_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "relationships", "value", self.relationships, exc) from exc
            _out_relationships = relationships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_type_ is not UNSET:
            field_dict["type"] = _out_type_
        if _out_attributes is not UNSET:
            field_dict["attributes"] = _out_attributes
        if _out_relationships is not UNSET:
            field_dict["relationships"] = _out_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _raw_id: Any = src_dict.get("id", UNSET)
        _got_id: Any = _raw_id
        if _raw_id is not UNSET and _raw_id is not None:
            try:
                id = _raw_id

                _got_id = id
            except PARSE_ERRORS as exc:
                unparsable("OrderItem", "id", "value", _raw_id, exc)
                _got_id = UNSET
                _kept = {**(_kept or {}), "id": _raw_id}

        _got_type_ = src_dict.get("type", UNSET)

        _raw_attributes: Any = src_dict.get("attributes", UNSET)
        _got_attributes: Any = _raw_attributes
        if _raw_attributes is not UNSET and _raw_attributes is not None:
            try:
                _attributes = _raw_attributes
                attributes: OrderItemAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = OrderItemAttributes.from_dict(_attributes)

                _got_attributes = attributes
            except PARSE_ERRORS as exc:
                unparsable("OrderItem", "attributes", "value", _raw_attributes, exc)
                _got_attributes = UNSET
                _kept = {**(_kept or {}), "attributes": _raw_attributes}

        _raw_relationships: Any = src_dict.get("relationships", UNSET)
        _got_relationships: Any = _raw_relationships
        if _raw_relationships is not UNSET and _raw_relationships is not None:
            try:

                def _parse_relationships(data: object) -> list[RelationshipsType1Item] | RelationshipsType0 | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_relationships_type_0 = RelationshipsType0.from_dict(data)

                        return componentsschemas_relationships_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_relationships_type_1 = []
                    _componentsschemas_relationships_type_1 = data
                    for (
                        componentsschemas_relationships_type_1_item_data_index,
                        componentsschemas_relationships_type_1_item_data,
                    ) in enumerate(_componentsschemas_relationships_type_1):
                        try:
                            componentsschemas_relationships_type_1_item = RelationshipsType1Item.from_dict(
                                componentsschemas_relationships_type_1_item_data
                            )

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list",
                                componentsschemas_relationships_type_1_item_data_index,
                                "value",
                                componentsschemas_relationships_type_1_item_data,
                                exc,
                            ) from exc
                        componentsschemas_relationships_type_1.append(componentsschemas_relationships_type_1_item)

                    return componentsschemas_relationships_type_1

                relationships = _parse_relationships(_raw_relationships)

                _got_relationships = relationships
            except PARSE_ERRORS as exc:
                unparsable("OrderItem", "relationships", "value", _raw_relationships, exc)
                _got_relationships = UNSET
                _kept = {**(_kept or {}), "relationships": _raw_relationships}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _raw_id is None
            or _got_type_ is None
            or _raw_attributes is None
            or _raw_relationships is None
            or not _REQUIRED_KEYS <= src_dict.keys()
        ):
            gaps("OrderItem", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.type_ = _got_type_
        _built.attributes = _got_attributes
        _built.relationships = _got_relationships
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
from ..models.order_item_attributes import OrderItemAttributes  # noqa: E402
from ..models.relationships_type_0 import RelationshipsType0  # noqa: E402
from ..models.relationships_type_1_item import RelationshipsType1Item  # noqa: E402
