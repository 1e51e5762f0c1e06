from enum import StrEnum

from .._runtime.mismatch import is_known, unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "PaymentStatus | None":
        return unknown_member(cls, value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (received from a vendor that added one)."""
        return is_known(self)
