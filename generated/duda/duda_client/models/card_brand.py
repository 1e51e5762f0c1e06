from enum import StrEnum


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
