from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value, missing_key
from ..models.yes_or_true_type_0 import YesOrTrueType0
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StoredOrder")
# The JSON keys this model declares; any other key in the input is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "order",
        "total",
        "currency",
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
        "referral",
        "redemption",
        "loyalty",
    }
)


@_attrs_define
class StoredOrder:
    """What Duel holds for an order: the parameters it was sent plus its attribution. Referral, redemption and loyalty data
    are documented as present without fields, so they stay open objects. No field is required here; see Order and
    OrderUpsertResult.

        Attributes:
            order (str | Unset):
            total (float | Unset):
            currency (str | Unset):
            email (str | Unset):
            promo (list[str] | str | Unset): The promo code applied, or an array of codes when several were used.
            affiliate (str | Unset):
            date (str | Unset): When the order was placed, "using the ISO 8601 format" (the order-tracking article). A date
                alone or a date and time: Duel's CSV import, which uses the API's field names, shows `2022-12-28`, `2022-12-28
                15:52`, `2022-12-28 15:52:47` and `2022-12-28T15:52:47.000Z`. Recommended; without it Duel uses the time of the
                request.
            customer_id (str | Unset):
            new_customer (bool | Unset | YesOrTrueType0): A yes flag, sent as the string `y` or the boolean true.
            total_gross (float | Unset):
            instore (bool | Unset | YesOrTrueType0): A yes flag, sent as the string `y` or the boolean true.
            points (float | Unset):
            commission (CommissionData | float | Unset): Docs disagree: a number on input, while the order read back is said
                to carry "commission data"; either a number or an object is accepted.
            commission_currency (str | Unset):
            referral (Referral | Unset): Referral attribution of an order; documented without fields, so open.
            redemption (Redemption | Unset): Reward or promo redemption tied to an order; documented without fields, so
                open.
            loyalty (Loyalty | Unset): Loyalty points or status from an order; documented without fields, so open.
    """

    order: str | Unset = UNSET
    total: float | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    promo: list[str] | str | Unset = UNSET
    affiliate: str | Unset = UNSET
    date: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    new_customer: bool | Unset | YesOrTrueType0 = UNSET
    total_gross: float | Unset = UNSET
    instore: bool | Unset | YesOrTrueType0 = UNSET
    points: float | Unset = UNSET
    commission: CommissionData | float | Unset = UNSET
    commission_currency: str | Unset = UNSET
    referral: Referral | Unset = UNSET
    redemption: Redemption | Unset = UNSET
    loyalty: Loyalty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        total = self.total

        currency = self.currency

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
            raise invalid_value("StoredOrder", "promo", "value", self.promo, exc) from exc

        affiliate = self.affiliate

        try:
            date: str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            else:
                date = self.date
        except PARSE_ERRORS as exc:
            raise invalid_value("StoredOrder", "date", "value", self.date, exc) from exc

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
            raise invalid_value("StoredOrder", "new_customer", "value", self.new_customer, exc) from exc

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
            raise invalid_value("StoredOrder", "instore", "value", self.instore, exc) from exc

        points = self.points

        try:
            commission: dict[str, Any] | float | Unset
            if isinstance(self.commission, Unset):
                commission = UNSET
            elif isinstance(self.commission, CommissionData):
                commission = self.commission.to_dict()
            else:
                commission = self.commission
        except PARSE_ERRORS as exc:
            raise invalid_value("StoredOrder", "commission", "value", self.commission, exc) from exc

        commission_currency = self.commission_currency

        try:
            referral: dict[str, Any] | Unset = UNSET
            if not isinstance(self.referral, Unset):
                referral = self.referral.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("StoredOrder", "referral", "value", self.referral, exc) from exc

        try:
            redemption: dict[str, Any] | Unset = UNSET
            if not isinstance(self.redemption, Unset):
                redemption = self.redemption.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("StoredOrder", "redemption", "value", self.redemption, exc) from exc

        try:
            loyalty: dict[str, Any] | Unset = UNSET
            if not isinstance(self.loyalty, Unset):
                loyalty = self.loyalty.to_dict()
        except PARSE_ERRORS as exc:
            raise invalid_value("StoredOrder", "loyalty", "value", self.loyalty, exc) from exc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
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
        if referral is not UNSET:
            field_dict["referral"] = referral
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            order = src_dict.get("order", UNSET)

            total = src_dict.get("total", UNSET)

            currency = src_dict.get("currency", UNSET)

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
                raise invalid_value("StoredOrder", "promo", "value", src_dict.get("promo"), exc) from exc

            affiliate = src_dict.get("affiliate", UNSET)

            try:
                date = src_dict.get("date", UNSET)

            except PARSE_ERRORS as exc:
                raise invalid_value("StoredOrder", "date", "value", src_dict.get("date"), exc) from exc

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
                raise invalid_value("StoredOrder", "new_customer", "value", src_dict.get("new_customer"), exc) from exc

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
                raise invalid_value("StoredOrder", "instore", "value", src_dict.get("instore"), exc) from exc

            points = src_dict.get("points", UNSET)

            try:

                def _parse_commission(data: object) -> CommissionData | float | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        commission_type_1 = CommissionData.from_dict(data)

                        return commission_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CommissionData | float | Unset, data)

                commission = _parse_commission(src_dict.get("commission", UNSET))

            except PARSE_ERRORS as exc:
                raise invalid_value("StoredOrder", "commission", "value", src_dict.get("commission"), exc) from exc

            commission_currency = src_dict.get("commission_currency", UNSET)

            try:
                _referral = src_dict.get("referral", UNSET)
                referral: Referral | Unset
                if _referral is UNSET:
                    referral = UNSET
                else:
                    referral = Referral.from_dict(_referral)

            except PARSE_ERRORS as exc:
                raise invalid_value("StoredOrder", "referral", "value", src_dict.get("referral"), exc) from exc

            try:
                _redemption = src_dict.get("redemption", UNSET)
                redemption: Redemption | Unset
                if _redemption is UNSET:
                    redemption = UNSET
                else:
                    redemption = Redemption.from_dict(_redemption)

            except PARSE_ERRORS as exc:
                raise invalid_value("StoredOrder", "redemption", "value", src_dict.get("redemption"), exc) from exc

            try:
                _loyalty = src_dict.get("loyalty", UNSET)
                loyalty: Loyalty | Unset
                if _loyalty is UNSET:
                    loyalty = UNSET
                else:
                    loyalty = Loyalty.from_dict(_loyalty)

            except PARSE_ERRORS as exc:
                raise invalid_value("StoredOrder", "loyalty", "value", src_dict.get("loyalty"), exc) from exc

        except KeyError as exc:  # a required key of this model (nested models raise their own)
            raise missing_key("StoredOrder", exc) from None
        # Built the way attrs's __init__ would (these models have no validators, converters or
        # post-init hooks), without its call: this runs once per object parsed, thousands per page.
        _built = object.__new__(cls)
        _built.order = order
        _built.total = total
        _built.currency = currency
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
        _built.referral = referral
        _built.redemption = redemption
        _built.loyalty = loyalty
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
from ..models.commission_data import CommissionData  # noqa: E402
from ..models.loyalty import Loyalty  # noqa: E402
from ..models.redemption import Redemption  # noqa: E402
from ..models.referral import Referral  # noqa: E402
