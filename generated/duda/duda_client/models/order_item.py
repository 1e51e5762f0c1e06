from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "product_id",
        "variation_id",
        "external_product_id",
        "external_variation_id",
        "name",
        "image",
        "sku",
        "options",
        "quantity",
        "shippable",
        "unit_price",
        "unit_weight",
        "unit_dimensions",
        "total",
        "combined_weight",
        "metadata",
    }
)


@_attrs_define
class OrderItem:
    """A line of an order.

    Attributes:
        id (str | Unset): The line's system id.
        product_id (str | Unset):
        variation_id (str | Unset):
        external_product_id (str | Unset):
        external_variation_id (str | Unset):
        name (str | Unset):
        image (str | Unset): Display image of the line.
        sku (str | Unset): Shown in the JSON examples, not in the field table.
        options (list[ItemOption] | Unset):
        quantity (float | Unset): Units bought (the reference types it as a number).
        shippable (bool | Unset): Whether the item needs shipping.
        unit_price (float | Unset):
        unit_weight (float | Unset):
        unit_dimensions (UnitDimensions | Unset): Size of one unit of an item.
        total (float | Unset): quantity times unit price.
        combined_weight (float | Unset): quantity times unit weight.
        metadata (MetadataObject | str | Unset): Free-form data about the order or a line. Docs disagree: a string in
            the captured Order object, an object in the create call (additional facts) and in the SDK's Order and OrderItem
            types; the SDK's update types take either. Both are accepted.
    """

    id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    external_product_id: str | Unset = UNSET
    external_variation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    image: str | Unset = UNSET
    sku: str | Unset = UNSET
    options: list[ItemOption] | Unset = UNSET
    quantity: float | Unset = UNSET
    shippable: bool | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_weight: float | Unset = UNSET
    unit_dimensions: UnitDimensions | Unset = UNSET
    total: float | Unset = UNSET
    combined_weight: float | Unset = UNSET
    metadata: MetadataObject | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id = self.product_id

        variation_id = self.variation_id

        external_product_id = self.external_product_id

        external_variation_id = self.external_variation_id

        name = self.name

        image = self.image

        sku = self.sku

        try:
            options: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = []
                for options_item_data_index, options_item_data in enumerate(self.options):
                    try:
                        options_item = options_item_data.to_dict()
                    except PARSE_ERRORS as exc:
                        raise invalid_value("list", options_item_data_index, "value", options_item_data, exc) from exc
                    options.append(options_item)

        except PARSE_ERRORS as exc:
            raise invalid_value("OrderItem", "options", "value", self.options, exc) from exc

        quantity = self.quantity

        shippable = self.shippable

        unit_price = self.unit_price

        unit_weight = self.unit_weight

        try:
            unit_dimensions: dict[str, Any] | Unset = UNSET
            if not isinstance(self.unit_dimensions, Unset):
                unit_dimensions = self.unit_dimensions.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderItem", "unit_dimensions", "value", self.unit_dimensions, exc) from exc

        total = self.total

        combined_weight = self.combined_weight

        try:
            metadata: dict[str, Any] | str | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataObject):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderItem", "metadata", "value", self.metadata, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if external_product_id is not UNSET:
            field_dict["external_product_id"] = external_product_id
        if external_variation_id is not UNSET:
            field_dict["external_variation_id"] = external_variation_id
        if name is not UNSET:
            field_dict["name"] = name
        if image is not UNSET:
            field_dict["image"] = image
        if sku is not UNSET:
            field_dict["sku"] = sku
        if options is not UNSET:
            field_dict["options"] = options
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if shippable is not UNSET:
            field_dict["shippable"] = shippable
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if unit_weight is not UNSET:
            field_dict["unit_weight"] = unit_weight
        if unit_dimensions is not UNSET:
            field_dict["unit_dimensions"] = unit_dimensions
        if total is not UNSET:
            field_dict["total"] = total
        if combined_weight is not UNSET:
            field_dict["combined_weight"] = combined_weight
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            id = src_dict.get("id", UNSET)

            product_id = src_dict.get("product_id", UNSET)

            variation_id = src_dict.get("variation_id", UNSET)

            external_product_id = src_dict.get("external_product_id", UNSET)

            external_variation_id = src_dict.get("external_variation_id", UNSET)

            name = src_dict.get("name", UNSET)

            image = src_dict.get("image", UNSET)

            sku = src_dict.get("sku", UNSET)

            try:
                _options = src_dict.get("options", UNSET)
                options: list[ItemOption] | Unset = UNSET
                if _options is not UNSET:
                    options = []
                    for options_item_data_index, options_item_data in enumerate(_options):
                        try:
                            options_item = ItemOption.from_dict(options_item_data)

                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", options_item_data_index, "value", options_item_data, exc
                            ) from exc
                        options.append(options_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "options", "value", src_dict.get("options"), exc) from exc

            quantity = src_dict.get("quantity", UNSET)

            shippable = src_dict.get("shippable", UNSET)

            unit_price = src_dict.get("unit_price", UNSET)

            unit_weight = src_dict.get("unit_weight", UNSET)

            try:
                _unit_dimensions = src_dict.get("unit_dimensions", UNSET)
                unit_dimensions: UnitDimensions | Unset
                if _unit_dimensions is UNSET:
                    unit_dimensions = UNSET
                else:
                    unit_dimensions = UnitDimensions.from_dict(_unit_dimensions)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "OrderItem", "unit_dimensions", "value", src_dict.get("unit_dimensions"), exc
                ) from exc

            total = src_dict.get("total", UNSET)

            combined_weight = src_dict.get("combined_weight", UNSET)

            try:

                def _parse_metadata(data: object) -> MetadataObject | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_1 = MetadataObject.from_dict(data)

                        return componentsschemas_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MetadataObject | str | Unset, data)

                metadata = _parse_metadata(src_dict.get("metadata", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "metadata", "value", src_dict.get("metadata"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderItem", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.id = id
        _built.product_id = product_id
        _built.variation_id = variation_id
        _built.external_product_id = external_product_id
        _built.external_variation_id = external_variation_id
        _built.name = name
        _built.image = image
        _built.sku = sku
        _built.options = options
        _built.quantity = quantity
        _built.shippable = shippable
        _built.unit_price = unit_price
        _built.unit_weight = unit_weight
        _built.unit_dimensions = unit_dimensions
        _built.total = total
        _built.combined_weight = combined_weight
        _built.metadata = metadata
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
from ..models.item_option import ItemOption  # noqa: E402
from ..models.metadata_object import MetadataObject  # noqa: E402
from ..models.unit_dimensions import UnitDimensions  # noqa: E402
