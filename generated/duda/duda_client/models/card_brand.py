from enum import StrEnum

from .._runtime.mismatch import is_known, unknown_member


class CardBrand(StrEnum):
    AMEX = "AMEX"
    CARD_BLEUE = "CARD_BLEUE"
    CARTA_SI = "CARTA_SI"
    DANKORT = "DANKORT"
    DINERS_CLUB = "DINERS_CLUB"
    DISCOVER = "DISCOVER"
    J_C_B = "J_C_B"
    LASER = "LASER"
    MAESTRO = "MAESTRO"
    MASTERCARD = "MASTERCARD"
    NULL = "NULL"
    OTHER = "OTHER"
    POSTEPAY = "POSTEPAY"
    UNIONPAY = "UNIONPAY"
    VISA = "VISA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CardBrand | None":
        return unknown_member(cls, value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (received from a vendor that added one)."""
        return is_known(self)
