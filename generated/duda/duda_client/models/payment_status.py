from enum import StrEnum


class PaymentStatus(StrEnum):
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    CHARGED_BACK = "CHARGED_BACK"
    DEFERRED = "DEFERRED"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    OPEN = "OPEN"
    PAID = "PAID"
    PAIDOUT = "PAIDOUT"
    PAID_DEFERRED = "PAID_DEFERRED"
    PENDING = "PENDING"
    REFUNDED = "REFUNDED"

    def __str__(self) -> str:
        return str(self.value)
