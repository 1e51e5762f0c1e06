from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset(
    {
        "task_id",
        "member_id",
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
        date (str | Unset): When the asset was uploaded or created.
        source (AssetSource | Unset): Uploaded by an advocate (ugc) or by the brand's operator.
        task_id (None | str | Unset): The task the asset belongs to, if any.
        member_id (None | str | Unset): The advocate who uploaded it; empty when an operator did.
        product_skus (list[str] | Unset): SKUs of the products the asset shows.
        social_post_domain (None | str | Unset): The platform the UGC came from, e.g. Instagram.
        social_post_url (None | str | Unset): The original social post.
    """

    file_url: str | None | Unset = UNSET
    file_type: str | None | Unset = UNSET
    date: str | None | Unset = UNSET
    source: AssetSource | None | Unset = UNSET
    task_id: str | None | Unset = UNSET
    member_id: str | None | Unset = UNSET
    product_skus: list[str] | None | Unset = UNSET
    social_post_domain: str | None | Unset = UNSET
    social_post_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_file_url = self.file_url

        _out_file_type = self.file_type

        _out_date = self.date

        _out_source: Any
        if self.source is None or isinstance(self.source, Unset):
            _out_source = self.source
        else:
            try:
                source: str | Unset = UNSET
                if not isinstance(self.source, Unset):
                    source = getattr(self.source, "value", self.source)

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "source", "enum", self.source, exc) from exc
            _out_source = source

        _out_task_id: Any
        if self.task_id is None or isinstance(self.task_id, Unset):
            _out_task_id = self.task_id
        else:
            try:
                task_id: None | str | Unset
                if isinstance(self.task_id, Unset):
                    task_id = UNSET
                else:
                    task_id = self.task_id
            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "task_id", "value", self.task_id, exc) from exc
            _out_task_id = task_id

        _out_member_id: Any
        if self.member_id is None or isinstance(self.member_id, Unset):
            _out_member_id = self.member_id
        else:
            try:
                member_id: None | str | Unset
                if isinstance(self.member_id, Unset):
                    member_id = UNSET
                else:
                    member_id = self.member_id
            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "member_id", "value", self.member_id, exc) from exc
            _out_member_id = member_id

        _out_product_skus: Any
        if self.product_skus is None or isinstance(self.product_skus, Unset):
            _out_product_skus = self.product_skus
        else:
            try:
                product_skus: list[str] | Unset = UNSET
                if not isinstance(self.product_skus, Unset):
                    product_skus = self.product_skus

            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "product_skus", "value", self.product_skus, exc) from exc
            _out_product_skus = product_skus

        _out_social_post_domain: Any
        if self.social_post_domain is None or isinstance(self.social_post_domain, Unset):
            _out_social_post_domain = self.social_post_domain
        else:
            try:
                social_post_domain: None | str | Unset
                if isinstance(self.social_post_domain, Unset):
                    social_post_domain = UNSET
                else:
                    social_post_domain = self.social_post_domain
            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "social_post_domain", "value", self.social_post_domain, exc) from exc
            _out_social_post_domain = social_post_domain

        _out_social_post_url: Any
        if self.social_post_url is None or isinstance(self.social_post_url, Unset):
            _out_social_post_url = self.social_post_url
        else:
            try:
                social_post_url: None | str | Unset
                if isinstance(self.social_post_url, Unset):
                    social_post_url = UNSET
                else:
                    social_post_url = self.social_post_url
            except PARSE_ERRORS as exc:
                raise invalid_value("Asset", "social_post_url", "value", self.social_post_url, exc) from exc
            _out_social_post_url = social_post_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_file_url is not UNSET:
            field_dict["file_url"] = _out_file_url
        if _out_file_type is not UNSET:
            field_dict["file_type"] = _out_file_type
        if _out_date is not UNSET:
            field_dict["date"] = _out_date
        if _out_source is not UNSET:
            field_dict["source"] = _out_source
        if _out_task_id is not UNSET:
            field_dict["task_id"] = _out_task_id
        if _out_member_id is not UNSET:
            field_dict["member_id"] = _out_member_id
        if _out_product_skus is not UNSET:
            field_dict["product_skus"] = _out_product_skus
        if _out_social_post_domain is not UNSET:
            field_dict["social_post_domain"] = _out_social_post_domain
        if _out_social_post_url is not UNSET:
            field_dict["social_post_url"] = _out_social_post_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_file_url = src_dict.get("file_url", UNSET)

        _got_file_type = src_dict.get("file_type", UNSET)

        _got_date = src_dict.get("date", UNSET)

        _raw_source: Any = src_dict.get("source", UNSET)
        _got_source: Any = _raw_source
        if _raw_source is not UNSET and _raw_source is not None:
            try:
                _source = _raw_source
                source: AssetSource | Unset
                if _source is UNSET:
                    source = UNSET
                else:
                    source = AssetSource(_source)

                _got_source = source
            except PARSE_ERRORS as exc:
                unparsable("Asset", "source", "enum", _raw_source, exc)
                _got_source = UNSET
                _kept = {**(_kept or {}), "source": _raw_source}

        _raw_task_id: Any = src_dict.get("task_id", UNSET)
        _got_task_id: Any = _raw_task_id
        if _raw_task_id is not UNSET and _raw_task_id is not None:
            try:
                task_id = _raw_task_id

                _got_task_id = task_id
            except PARSE_ERRORS as exc:
                unparsable("Asset", "task_id", "value", _raw_task_id, exc)
                _got_task_id = UNSET
                _kept = {**(_kept or {}), "task_id": _raw_task_id}

        _raw_member_id: Any = src_dict.get("member_id", UNSET)
        _got_member_id: Any = _raw_member_id
        if _raw_member_id is not UNSET and _raw_member_id is not None:
            try:
                member_id = _raw_member_id

                _got_member_id = member_id
            except PARSE_ERRORS as exc:
                unparsable("Asset", "member_id", "value", _raw_member_id, exc)
                _got_member_id = UNSET
                _kept = {**(_kept or {}), "member_id": _raw_member_id}

        _raw_product_skus: Any = src_dict.get("product_skus", UNSET)
        _got_product_skus: Any = _raw_product_skus
        if _raw_product_skus is not UNSET and _raw_product_skus is not None:
            try:
                product_skus = _raw_product_skus

                _got_product_skus = product_skus
            except PARSE_ERRORS as exc:
                unparsable("Asset", "product_skus", "value", _raw_product_skus, exc)
                _got_product_skus = UNSET
                _kept = {**(_kept or {}), "product_skus": _raw_product_skus}

        _raw_social_post_domain: Any = src_dict.get("social_post_domain", UNSET)
        _got_social_post_domain: Any = _raw_social_post_domain
        if _raw_social_post_domain is not UNSET and _raw_social_post_domain is not None:
            try:
                social_post_domain = _raw_social_post_domain

                _got_social_post_domain = social_post_domain
            except PARSE_ERRORS as exc:
                unparsable("Asset", "social_post_domain", "value", _raw_social_post_domain, exc)
                _got_social_post_domain = UNSET
                _kept = {**(_kept or {}), "social_post_domain": _raw_social_post_domain}

        _raw_social_post_url: Any = src_dict.get("social_post_url", UNSET)
        _got_social_post_url: Any = _raw_social_post_url
        if _raw_social_post_url is not UNSET and _raw_social_post_url is not None:
            try:
                social_post_url = _raw_social_post_url

                _got_social_post_url = social_post_url
            except PARSE_ERRORS as exc:
                unparsable("Asset", "social_post_url", "value", _raw_social_post_url, exc)
                _got_social_post_url = UNSET
                _kept = {**(_kept or {}), "social_post_url": _raw_social_post_url}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_file_url is None
            or _got_file_type is None
            or _got_date is None
            or _raw_source is None
            or _raw_product_skus is None
        ):
            gaps("Asset", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.file_url = _got_file_url
        _built.file_type = _got_file_type
        _built.date = _got_date
        _built.source = _got_source
        _built.task_id = _got_task_id
        _built.member_id = _got_member_id
        _built.product_skus = _got_product_skus
        _built.social_post_domain = _got_social_post_domain
        _built.social_post_url = _got_social_post_url
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
