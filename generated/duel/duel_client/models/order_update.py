from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.yes_or_true_type_0 import YesOrTrueType0
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrderUpdate")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "total",
        "currency",
        "order",
        "email",
        "promo",
        "affiliate",
        "date",
        "customer_id",
        "new_customer",
        "total_gross",
        "instore",
        "points",
        "commission",
        "commission_currency",
    }
)


@_attrs_define
class OrderUpdate:
    """A legacy update; email and promo were captured at creation and may be omitted.

    Attributes:
        total (float): The final amount; the brand may send it net of tax, shipping and so on. On an update, 0 cancels
            the order.
        currency (str): The order's currency. The CSV import asks for ISO 4217 codes (GBP, USD, EUR); the API article
            names no format, so none is enforced.
        order (str | Unset): The brand's order id.
        email (str | Unset): The customer's email, in plain text or as a SHA-256 hash (64 hexadecimal characters, of the
            lower-cased address; see the Hashed Emails article), so no email format.
        promo (list[str] | str | Unset): The promo code applied, or an array of codes when several were used.
        affiliate (str | Unset): When the order came through an affiliate link: the advocate's username or affiliate
            parameter (`duel_a`).
        date (str | Unset): When the order was placed, "using the ISO 8601 format" (the order-tracking article). A date
            alone or a date and time: Duel's CSV import, which uses the API's field names, shows `2022-12-28`, `2022-12-28
            15:52`, `2022-12-28 15:52:47` and `2022-12-28T15:52:47.000Z`. Recommended; without it Duel uses the time of the
            request.
        customer_id (str | Unset): The customer's id, for lifetime value (recommended).
        new_customer (bool | Unset | YesOrTrueType0): A yes flag, sent as the string `y` or the boolean true.
        total_gross (float | Unset): The amount before discounts, shipping and fees (recommended).
        instore (bool | Unset | YesOrTrueType0): A yes flag, sent as the string `y` or the boolean true.
        points (float | Unset): Extra points to allocate for this order.
        commission (float | Unset): A specific commission to allocate for this order.
        commission_currency (str | Unset): The currency of `commission`; send it with the commission.
    """

    total: float
    currency: str
    order: str | Unset = UNSET
    email: str | Unset = UNSET
    promo: list[str] | str | Unset = UNSET
    affiliate: str | Unset = UNSET
    date: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    new_customer: bool | Unset | YesOrTrueType0 = UNSET
    total_gross: float | Unset = UNSET
    instore: bool | Unset | YesOrTrueType0 = UNSET
    points: float | Unset = UNSET
    commission: float | Unset = UNSET
    commission_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        currency = self.currency

        order = self.order

        email = self.email

        try:
            promo: list[str] | str | Unset
            if isinstance(self.promo, Unset):
                promo = UNSET
            elif isinstance(self.promo, list):
                promo = self.promo

            else:
                promo = self.promo
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "promo", "value", self.promo, exc) from exc

        affiliate = self.affiliate

        try:
            date: str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            else:
                date = self.date
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "date", "value", self.date, exc) from exc

        customer_id = self.customer_id

        try:
            new_customer: bool | str | Unset
            if isinstance(self.new_customer, Unset):
                new_customer = UNSET
            elif isinstance(self.new_customer, YesOrTrueType0):
                new_customer = getattr(self.new_customer, "value", self.new_customer)
            else:
                new_customer = self.new_customer
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "new_customer", "value", self.new_customer, exc) from exc

        total_gross = self.total_gross

        try:
            instore: bool | str | Unset
            if isinstance(self.instore, Unset):
                instore = UNSET
            elif isinstance(self.instore, YesOrTrueType0):
                instore = getattr(self.instore, "value", self.instore)
            else:
                instore = self.instore
        except PARSE_ERRORS as exc:
            raise invalid_value("OrderUpdate", "instore", "value", self.instore, exc) from exc

        points = self.points

        commission = self.commission

        commission_currency = self.commission_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "currency": currency,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if email is not UNSET:
            field_dict["email"] = email
        if promo is not UNSET:
            field_dict["promo"] = promo
        if affiliate is not UNSET:
            field_dict["affiliate"] = affiliate
        if date is not UNSET:
            field_dict["date"] = date
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if new_customer is not UNSET:
            field_dict["new_customer"] = new_customer
        if total_gross is not UNSET:
            field_dict["total_gross"] = total_gross
        if instore is not UNSET:
            field_dict["instore"] = instore
        if points is not UNSET:
            field_dict["points"] = points
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_currency is not UNSET:
            field_dict["commission_currency"] = commission_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            total = src_dict["total"]

            currency = src_dict["currency"]

            order = src_dict.get("order", UNSET)

            email = src_dict.get("email", UNSET)

            try:

                def _parse_promo(data: object) -> list[str] | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_promo_type_1 = data

                        return componentsschemas_promo_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(list[str] | str | Unset, data)

                promo = _parse_promo(src_dict.get("promo", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "promo", "value", src_dict.get("promo"), exc) from exc

            affiliate = src_dict.get("affiliate", UNSET)

            try:
                date = src_dict.get("date", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "date", "value", src_dict.get("date"), exc) from exc

            customer_id = src_dict.get("customer_id", UNSET)

            try:

                def _parse_new_customer(data: object) -> bool | Unset | YesOrTrueType0:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_yes_or_true_type_0 = YesOrTrueType0(data)

                        return componentsschemas_yes_or_true_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | Unset | YesOrTrueType0, data)

                new_customer = _parse_new_customer(src_dict.get("new_customer", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "new_customer", "value", src_dict.get("new_customer"), exc) from exc

            total_gross = src_dict.get("total_gross", UNSET)

            try:

                def _parse_instore(data: object) -> bool | Unset | YesOrTrueType0:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_yes_or_true_type_0 = YesOrTrueType0(data)

                        return componentsschemas_yes_or_true_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | Unset | YesOrTrueType0, data)

                instore = _parse_instore(src_dict.get("instore", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("OrderUpdate", "instore", "value", src_dict.get("instore"), exc) from exc

            points = src_dict.get("points", UNSET)

            commission = src_dict.get("commission", UNSET)

            commission_currency = src_dict.get("commission_currency", UNSET)

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("OrderUpdate", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.total = total
        _built.currency = currency
        _built.order = order
        _built.email = email
        _built.promo = promo
        _built.affiliate = affiliate
        _built.date = date
        _built.customer_id = customer_id
        _built.new_customer = new_customer
        _built.total_gross = total_gross
        _built.instore = instore
        _built.points = points
        _built.commission = commission
        _built.commission_currency = commission_currency
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
