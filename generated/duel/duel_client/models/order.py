from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.errors import PARSE_ERRORS, invalid_value
from .._runtime.mismatch import gaps, unparsable
from ..models.yes_or_true_type_0 import YesOrTrueType0
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Order")
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
# This model appears in responses, so it is parsed tolerantly: these keys are what the spec
# requires and which may be null; a body that breaks either is noted, not refused.
_REQUIRED_KEYS: frozenset[str] = frozenset()
_NULLABLE_KEYS: frozenset[str] = frozenset()


@_attrs_define
class Order:
    """A stored order with its attribution, as get_order returns it ("the full order object").

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

    order: str | None | Unset = UNSET
    total: float | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    promo: list[str] | str | None | Unset = UNSET
    affiliate: str | None | Unset = UNSET
    date: str | None | Unset = UNSET
    customer_id: str | None | Unset = UNSET
    new_customer: bool | YesOrTrueType0 | None | Unset = UNSET
    total_gross: float | None | Unset = UNSET
    instore: bool | YesOrTrueType0 | None | Unset = UNSET
    points: float | None | Unset = UNSET
    commission: CommissionData | float | None | Unset = UNSET
    commission_currency: str | None | Unset = UNSET
    referral: Referral | None | Unset = UNSET
    redemption: Redemption | None | Unset = UNSET
    loyalty: Loyalty | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __repr__ = _model_repr  # leaves out fields left UNSET, masks secret-named ones

    def to_dict(self) -> dict[str, Any]:
        _out_order = self.order

        _out_total = self.total

        _out_currency = self.currency

        _out_email = self.email

        _out_promo: Any
        if self.promo is None or isinstance(self.promo, Unset):
            _out_promo = self.promo
        else:
            try:
                promo: list[str] | str | Unset
                if isinstance(self.promo, Unset):
                    promo = UNSET
                elif isinstance(self.promo, list):
                    promo = self.promo

                else:
                    promo = self.promo
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "promo", "value", self.promo, exc) from exc
            _out_promo = promo

        _out_affiliate = self.affiliate

        _out_date: Any
        if self.date is None or isinstance(self.date, Unset):
            _out_date = self.date
        else:
            try:
                date: str | Unset
                if isinstance(self.date, Unset):
                    date = UNSET
                else:
                    date = self.date
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "date", "value", self.date, exc) from exc
            _out_date = date

        _out_customer_id = self.customer_id

        _out_new_customer: Any
        if self.new_customer is None or isinstance(self.new_customer, Unset):
            _out_new_customer = self.new_customer
        else:
            try:
                new_customer: bool | str | Unset
                if isinstance(self.new_customer, Unset):
                    new_customer = UNSET
                elif isinstance(self.new_customer, YesOrTrueType0):
                    new_customer = getattr(self.new_customer, "value", self.new_customer)
                else:
                    new_customer = self.new_customer
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "new_customer", "value", self.new_customer, exc) from exc
            _out_new_customer = new_customer

        _out_total_gross = self.total_gross

        _out_instore: Any
        if self.instore is None or isinstance(self.instore, Unset):
            _out_instore = self.instore
        else:
            try:
                instore: bool | str | Unset
                if isinstance(self.instore, Unset):
                    instore = UNSET
                elif isinstance(self.instore, YesOrTrueType0):
                    instore = getattr(self.instore, "value", self.instore)
                else:
                    instore = self.instore
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "instore", "value", self.instore, exc) from exc
            _out_instore = instore

        _out_points = self.points

        _out_commission: Any
        if self.commission is None or isinstance(self.commission, Unset):
            _out_commission = self.commission
        else:
            try:
                commission: dict[str, Any] | float | Unset
                if isinstance(self.commission, Unset):
                    commission = UNSET
                elif isinstance(self.commission, CommissionData):
                    commission = self.commission.to_dict()
                else:
                    commission = self.commission
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "commission", "value", self.commission, exc) from exc
            _out_commission = commission

        _out_commission_currency = self.commission_currency

        _out_referral: Any
        if self.referral is None or isinstance(self.referral, Unset):
            _out_referral = self.referral
        else:
            try:
                referral: dict[str, Any] | Unset = UNSET
                if not isinstance(self.referral, Unset):
                    referral = self.referral.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "referral", "value", self.referral, exc) from exc
            _out_referral = referral

        _out_redemption: Any
        if self.redemption is None or isinstance(self.redemption, Unset):
            _out_redemption = self.redemption
        else:
            try:
                redemption: dict[str, Any] | Unset = UNSET
                if not isinstance(self.redemption, Unset):
                    redemption = self.redemption.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "redemption", "value", self.redemption, exc) from exc
            _out_redemption = redemption

        _out_loyalty: Any
        if self.loyalty is None or isinstance(self.loyalty, Unset):
            _out_loyalty = self.loyalty
        else:
            try:
                loyalty: dict[str, Any] | Unset = UNSET
                if not isinstance(self.loyalty, Unset):
                    loyalty = self.loyalty.to_dict()
            except PARSE_ERRORS as exc:
                raise invalid_value("Order", "loyalty", "value", self.loyalty, exc) from exc
            _out_loyalty = loyalty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _out_order is not UNSET:
            field_dict["order"] = _out_order
        if _out_total is not UNSET:
            field_dict["total"] = _out_total
        if _out_currency is not UNSET:
            field_dict["currency"] = _out_currency
        if _out_email is not UNSET:
            field_dict["email"] = _out_email
        if _out_promo is not UNSET:
            field_dict["promo"] = _out_promo
        if _out_affiliate is not UNSET:
            field_dict["affiliate"] = _out_affiliate
        if _out_date is not UNSET:
            field_dict["date"] = _out_date
        if _out_customer_id is not UNSET:
            field_dict["customer_id"] = _out_customer_id
        if _out_new_customer is not UNSET:
            field_dict["new_customer"] = _out_new_customer
        if _out_total_gross is not UNSET:
            field_dict["total_gross"] = _out_total_gross
        if _out_instore is not UNSET:
            field_dict["instore"] = _out_instore
        if _out_points is not UNSET:
            field_dict["points"] = _out_points
        if _out_commission is not UNSET:
            field_dict["commission"] = _out_commission
        if _out_commission_currency is not UNSET:
            field_dict["commission_currency"] = _out_commission_currency
        if _out_referral is not UNSET:
            field_dict["referral"] = _out_referral
        if _out_redemption is not UNSET:
            field_dict["redemption"] = _out_redemption
        if _out_loyalty is not UNSET:
            field_dict["loyalty"] = _out_loyalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] | None = None
        _got_order = src_dict.get("order", UNSET)

        _got_total = src_dict.get("total", UNSET)

        _got_currency = src_dict.get("currency", UNSET)

        _got_email = src_dict.get("email", UNSET)

        _raw_promo: Any = src_dict.get("promo", UNSET)
        _got_promo: Any = _raw_promo
        if _raw_promo is not UNSET and _raw_promo is not None:
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

                promo = _parse_promo(_raw_promo)

                _got_promo = promo
            except PARSE_ERRORS as exc:
                unparsable("Order", "promo", "value", _raw_promo, exc)
                _got_promo = UNSET
                _kept = {**(_kept or {}), "promo": _raw_promo}

        _got_affiliate = src_dict.get("affiliate", UNSET)

        _raw_date: Any = src_dict.get("date", UNSET)
        _got_date: Any = _raw_date
        if _raw_date is not UNSET and _raw_date is not None:
            try:
                date = _raw_date

                _got_date = date
            except PARSE_ERRORS as exc:
                unparsable("Order", "date", "value", _raw_date, exc)
                _got_date = UNSET
                _kept = {**(_kept or {}), "date": _raw_date}

        _got_customer_id = src_dict.get("customer_id", UNSET)

        _raw_new_customer: Any = src_dict.get("new_customer", UNSET)
        _got_new_customer: Any = _raw_new_customer
        if _raw_new_customer is not UNSET and _raw_new_customer is not None:
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

                new_customer = _parse_new_customer(_raw_new_customer)

                _got_new_customer = new_customer
            except PARSE_ERRORS as exc:
                unparsable("Order", "new_customer", "value", _raw_new_customer, exc)
                _got_new_customer = UNSET
                _kept = {**(_kept or {}), "new_customer": _raw_new_customer}

        _got_total_gross = src_dict.get("total_gross", UNSET)

        _raw_instore: Any = src_dict.get("instore", UNSET)
        _got_instore: Any = _raw_instore
        if _raw_instore is not UNSET and _raw_instore is not None:
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

                instore = _parse_instore(_raw_instore)

                _got_instore = instore
            except PARSE_ERRORS as exc:
                unparsable("Order", "instore", "value", _raw_instore, exc)
                _got_instore = UNSET
                _kept = {**(_kept or {}), "instore": _raw_instore}

        _got_points = src_dict.get("points", UNSET)

        _raw_commission: Any = src_dict.get("commission", UNSET)
        _got_commission: Any = _raw_commission
        if _raw_commission is not UNSET and _raw_commission is not None:
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

                commission = _parse_commission(_raw_commission)

                _got_commission = commission
            except PARSE_ERRORS as exc:
                unparsable("Order", "commission", "value", _raw_commission, exc)
                _got_commission = UNSET
                _kept = {**(_kept or {}), "commission": _raw_commission}

        _got_commission_currency = src_dict.get("commission_currency", UNSET)

        _raw_referral: Any = src_dict.get("referral", UNSET)
        _got_referral: Any = _raw_referral
        if _raw_referral is not UNSET and _raw_referral is not None:
            try:
                _referral = _raw_referral
                referral: Referral | Unset
                if _referral is UNSET:
                    referral = UNSET
                else:
                    referral = Referral.from_dict(_referral)

                _got_referral = referral
            except PARSE_ERRORS as exc:
                unparsable("Order", "referral", "value", _raw_referral, exc)
                _got_referral = UNSET
                _kept = {**(_kept or {}), "referral": _raw_referral}

        _raw_redemption: Any = src_dict.get("redemption", UNSET)
        _got_redemption: Any = _raw_redemption
        if _raw_redemption is not UNSET and _raw_redemption is not None:
            try:
                _redemption = _raw_redemption
                redemption: Redemption | Unset
                if _redemption is UNSET:
                    redemption = UNSET
                else:
                    redemption = Redemption.from_dict(_redemption)

                _got_redemption = redemption
            except PARSE_ERRORS as exc:
                unparsable("Order", "redemption", "value", _raw_redemption, exc)
                _got_redemption = UNSET
                _kept = {**(_kept or {}), "redemption": _raw_redemption}

        _raw_loyalty: Any = src_dict.get("loyalty", UNSET)
        _got_loyalty: Any = _raw_loyalty
        if _raw_loyalty is not UNSET and _raw_loyalty is not None:
            try:
                _loyalty = _raw_loyalty
                loyalty: Loyalty | Unset
                if _loyalty is UNSET:
                    loyalty = UNSET
                else:
                    loyalty = Loyalty.from_dict(_loyalty)

                _got_loyalty = loyalty
            except PARSE_ERRORS as exc:
                unparsable("Order", "loyalty", "value", _raw_loyalty, exc)
                _got_loyalty = UNSET
                _kept = {**(_kept or {}), "loyalty": _raw_loyalty}

        # Identity tests only (a few instructions each) on conforming data; details on a hit.
        if (
            _got_order is None
            or _got_total is None
            or _got_currency is None
            or _got_email is None
            or _raw_promo is None
            or _got_affiliate is None
            or _raw_date is None
            or _got_customer_id is None
            or _raw_new_customer is None
            or _got_total_gross is None
            or _raw_instore is None
            or _got_points is None
            or _raw_commission is None
            or _got_commission_currency is None
            or _raw_referral is None
            or _raw_redemption is None
            or _raw_loyalty is None
        ):
            gaps("Order", src_dict, _REQUIRED_KEYS, _NULLABLE_KEYS)
        _built = object.__new__(cls)
        _built.order = _got_order
        _built.total = _got_total
        _built.currency = _got_currency
        _built.email = _got_email
        _built.promo = _got_promo
        _built.affiliate = _got_affiliate
        _built.date = _got_date
        _built.customer_id = _got_customer_id
        _built.new_customer = _got_new_customer
        _built.total_gross = _got_total_gross
        _built.instore = _got_instore
        _built.points = _got_points
        _built.commission = _got_commission
        _built.commission_currency = _got_commission_currency
        _built.referral = _got_referral
        _built.redemption = _got_redemption
        _built.loyalty = _got_loyalty
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
from ..models.commission_data import CommissionData  # noqa: E402
from ..models.loyalty import Loyalty  # noqa: E402
from ..models.redemption import Redemption  # noqa: E402
from ..models.referral import Referral  # noqa: E402
