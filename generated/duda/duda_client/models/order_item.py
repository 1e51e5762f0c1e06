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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


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
        metadata (str | Unset): Data attached to the line. Shown in the JSON examples but not in the field table.
    """

    id: str | None | Unset = UNSET
    product_id: str | None | Unset = UNSET
    variation_id: str | None | Unset = UNSET
    external_product_id: str | None | Unset = UNSET
    external_variation_id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    image: str | None | Unset = UNSET
    sku: str | None | Unset = UNSET
    options: list[ItemOption] | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    shippable: bool | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    unit_weight: float | None | Unset = UNSET
    unit_dimensions: UnitDimensions | None | Unset = UNSET
    total: float | None | Unset = UNSET
    combined_weight: float | None | Unset = UNSET
    metadata: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_id = self.id

        _out_product_id = self.product_id

        _out_variation_id = self.variation_id

        _out_external_product_id = self.external_product_id

        _out_external_variation_id = self.external_variation_id

        _out_name = self.name

        _out_image = self.image

        _out_sku = self.sku

        _out_options: Any
        if self.options is None or isinstance(self.options, Unset):
            _out_options = self.options
        else:
            try:
                options: list[dict[str, Any]] | Unset = UNSET
                if not isinstance(self.options, Unset):
                    options = []
                    for options_item_data_index, options_item_data in enumerate(self.options):
                        try:
                            options_item = options_item_data.to_dict()
                        except PARSE_ERRORS as exc:
                            raise invalid_value(
                                "list", options_item_data_index, "value", options_item_data, exc
                            ) from exc
                        options.append(options_item)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "options", "value", self.options, exc) from exc
            _out_options = options

        _out_quantity = self.quantity

        _out_shippable = self.shippable

        _out_unit_price = self.unit_price

        _out_unit_weight = self.unit_weight

        _out_unit_dimensions: Any
        if self.unit_dimensions is None or isinstance(self.unit_dimensions, Unset):
            _out_unit_dimensions = self.unit_dimensions
        else:
            try:
                unit_dimensions: dict[str, Any] | Unset = UNSET
                if not isinstance(self.unit_dimensions, Unset):
                    unit_dimensions = self.unit_dimensions.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("OrderItem", "unit_dimensions", "value", self.unit_dimensions, exc) from exc
            _out_unit_dimensions = unit_dimensions

        _out_total = self.total

        _out_combined_weight = self.combined_weight

        _out_metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_id is not UNSET:
            field_dict["id"] = _out_id
        if _out_product_id is not UNSET:
            field_dict["product_id"] = _out_product_id
        if _out_variation_id is not UNSET:
            field_dict["variation_id"] = _out_variation_id
        if _out_external_product_id is not UNSET:
            field_dict["external_product_id"] = _out_external_product_id
        if _out_external_variation_id is not UNSET:
            field_dict["external_variation_id"] = _out_external_variation_id
        if _out_name is not UNSET:
            field_dict["name"] = _out_name
        if _out_image is not UNSET:
            field_dict["image"] = _out_image
        if _out_sku is not UNSET:
            field_dict["sku"] = _out_sku
        if _out_options is not UNSET:
            field_dict["options"] = _out_options
        if _out_quantity is not UNSET:
            field_dict["quantity"] = _out_quantity
        if _out_shippable is not UNSET:
            field_dict["shippable"] = _out_shippable
        if _out_unit_price is not UNSET:
            field_dict["unit_price"] = _out_unit_price
        if _out_unit_weight is not UNSET:
            field_dict["unit_weight"] = _out_unit_weight
        if _out_unit_dimensions is not UNSET:
            field_dict["unit_dimensions"] = _out_unit_dimensions
        if _out_total is not UNSET:
            field_dict["total"] = _out_total
        if _out_combined_weight is not UNSET:
            field_dict["combined_weight"] = _out_combined_weight
        if _out_metadata is not UNSET:
            field_dict["metadata"] = _out_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_id = src_dict.get("id", UNSET)

        _got_product_id = src_dict.get("product_id", UNSET)

        _got_variation_id = src_dict.get("variation_id", UNSET)

        _got_external_product_id = src_dict.get("external_product_id", UNSET)

        _got_external_variation_id = src_dict.get("external_variation_id", UNSET)

        _got_name = src_dict.get("name", UNSET)

        _got_image = src_dict.get("image", UNSET)

        _got_sku = src_dict.get("sku", UNSET)

        _raw_options: Any = src_dict.get("options", UNSET)
        _got_options: Any = _raw_options
        if _raw_options is not UNSET and _raw_options is not None:
            try:
                _options = _raw_options
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

                _got_options = options
            except PARSE_ERRORS as exc:
                unparsable("OrderItem", "options", "value", _raw_options, exc)
                _got_options = UNSET
                _kept = {**(_kept or {}), "options": _raw_options}

        _got_quantity = src_dict.get("quantity", UNSET)

        _got_shippable = src_dict.get("shippable", UNSET)

        _got_unit_price = src_dict.get("unit_price", UNSET)

        _got_unit_weight = src_dict.get("unit_weight", UNSET)

        _raw_unit_dimensions: Any = src_dict.get("unit_dimensions", UNSET)
        _got_unit_dimensions: Any = _raw_unit_dimensions
        if _raw_unit_dimensions is not UNSET and _raw_unit_dimensions is not None:
            try:
                _unit_dimensions = _raw_unit_dimensions
                unit_dimensions: UnitDimensions | Unset
                if _unit_dimensions is UNSET:
                    unit_dimensions = UNSET
                else:
                    unit_dimensions = UnitDimensions.from_dict(_unit_dimensions)

                _got_unit_dimensions = unit_dimensions
            except PARSE_ERRORS as exc:
                unparsable("OrderItem", "unit_dimensions", "value", _raw_unit_dimensions, exc)
                _got_unit_dimensions = UNSET
                _kept = {**(_kept or {}), "unit_dimensions": _raw_unit_dimensions}

        _got_total = src_dict.get("total", UNSET)

        _got_combined_weight = src_dict.get("combined_weight", UNSET)

        _got_metadata = src_dict.get("metadata", UNSET)

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_id is None
            or _got_product_id is None
            or _got_variation_id is None
            or _got_external_product_id is None
            or _got_external_variation_id is None
            or _got_name is None
            or _got_image is None
            or _got_sku is None
            or _raw_options is None
            or _got_quantity is None
            or _got_shippable is None
            or _got_unit_price is None
            or _got_unit_weight is None
            or _raw_unit_dimensions is None
            or _got_total is None
            or _got_combined_weight is None
            or _got_metadata is None
        ):
            gaps("OrderItem", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.id = _got_id
        _built.product_id = _got_product_id
        _built.variation_id = _got_variation_id
        _built.external_product_id = _got_external_product_id
        _built.external_variation_id = _got_external_variation_id
        _built.name = _got_name
        _built.image = _got_image
        _built.sku = _got_sku
        _built.options = _got_options
        _built.quantity = _got_quantity
        _built.shippable = _got_shippable
        _built.unit_price = _got_unit_price
        _built.unit_weight = _got_unit_weight
        _built.unit_dimensions = _got_unit_dimensions
        _built.total = _got_total
        _built.combined_weight = _got_combined_weight
        _built.metadata = _got_metadata
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
from ..models.item_option import ItemOption  # noqa: E402
from ..models.unit_dimensions import UnitDimensions  # noqa: E402
