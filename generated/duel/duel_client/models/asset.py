from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.asset_source import AssetSource
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Asset")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "file_url",
        "file_type",
        "date",
        "source",
        "task_id",
        "member_id",
        "product_skus",
        "social_post_domain",
        "social_post_url",
    }
)


@_attrs_define
class Asset:
    """An image or video in the programme.

    Attributes:
        file_url (str | Unset): The original file, or a large rendition when the original is unavailable.
        file_type (str | Unset): The MIME type, e.g. image/jpeg.
        date (datetime.datetime | Unset): When the asset was uploaded or created.
        source (AssetSource | Unset): Uploaded by an advocate (ugc) or by the brand's operator.
        task_id (None | str | Unset): The task the asset belongs to, if any.
        member_id (None | str | Unset): The advocate who uploaded it; empty when an operator did.
        product_skus (list[str] | Unset): SKUs of the products the asset shows.
        social_post_domain (None | str | Unset): The platform the UGC came from, e.g. Instagram.
        social_post_url (None | str | Unset): The original social post.
    """

    file_url: str | Unset = UNSET
    file_type: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    source: AssetSource | Unset = UNSET
    task_id: None | str | Unset = UNSET
    member_id: None | str | Unset = UNSET
    product_skus: list[str] | Unset = UNSET
    social_post_domain: None | str | Unset = UNSET
    social_post_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        file_type = self.file_type

        try:
            date: str | Unset = UNSET
            if not isinstance(self.date, Unset):
                date = self.date.isoformat()
        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "date", "format", self.date, exc) from exc

        try:
            source: str | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = getattr(self.source, "value", self.source)

        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "source", "enum", self.source, exc) from exc

        try:
            task_id: None | str | Unset
            if isinstance(self.task_id, Unset):
                task_id = UNSET
            else:
                task_id = self.task_id
        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "task_id", "value", self.task_id, exc) from exc

        try:
            member_id: None | str | Unset
            if isinstance(self.member_id, Unset):
                member_id = UNSET
            else:
                member_id = self.member_id
        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "member_id", "value", self.member_id, exc) from exc

        try:
            product_skus: list[str] | Unset = UNSET
            if not isinstance(self.product_skus, Unset):
                product_skus = self.product_skus

        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "product_skus", "value", self.product_skus, exc) from exc

        try:
            social_post_domain: None | str | Unset
            if isinstance(self.social_post_domain, Unset):
                social_post_domain = UNSET
            else:
                social_post_domain = self.social_post_domain
        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "social_post_domain", "value", self.social_post_domain, exc) from exc

        try:
            social_post_url: None | str | Unset
            if isinstance(self.social_post_url, Unset):
                social_post_url = UNSET
            else:
                social_post_url = self.social_post_url
        except PARSE_ERRORS as exc:
            raise invalid_value("Asset", "social_post_url", "value", self.social_post_url, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if date is not UNSET:
            field_dict["date"] = date
        if source is not UNSET:
            field_dict["source"] = source
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if product_skus is not UNSET:
            field_dict["product_skus"] = product_skus
        if social_post_domain is not UNSET:
            field_dict["social_post_domain"] = social_post_domain
        if social_post_url is not UNSET:
            field_dict["social_post_url"] = social_post_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            file_url = src_dict.get("file_url", UNSET)

            file_type = src_dict.get("file_type", UNSET)

            try:
                _date = src_dict.get("date", UNSET)
                date: datetime.datetime | Unset
                if _date is UNSET:
                    date = UNSET
                else:
                    date = datetime.datetime.fromisoformat(_date)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "date", "format", src_dict.get("date"), exc) from exc

            try:
                _source = src_dict.get("source", UNSET)
                source: AssetSource | Unset
                if _source is UNSET:
                    source = UNSET
                else:
                    source = AssetSource(_source)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "source", "enum", src_dict.get("source"), exc) from exc

            try:
                task_id = src_dict.get("task_id", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "task_id", "value", src_dict.get("task_id"), exc) from exc

            try:
                member_id = src_dict.get("member_id", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "member_id", "value", src_dict.get("member_id"), exc) from exc

            try:
                product_skus = src_dict.get("product_skus", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "product_skus", "value", src_dict.get("product_skus"), exc) from exc

            try:
                social_post_domain = src_dict.get("social_post_domain", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value(
                    "Asset", "social_post_domain", "value", src_dict.get("social_post_domain"), exc
                ) from exc

            try:
                social_post_url = src_dict.get("social_post_url", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "social_post_url", "value", src_dict.get("social_post_url"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("Asset", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.file_url = file_url
        _built.file_type = file_type
        _built.date = date
        _built.source = source
        _built.task_id = task_id
        _built.member_id = member_id
        _built.product_skus = product_skus
        _built.social_post_domain = social_post_domain
        _built.social_post_url = social_post_url
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
