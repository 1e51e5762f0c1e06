from enum import StrEnum

from .._runtime.mismatch import is_known, unknown_member


class OrderStatus(StrEnum):
    CANCELLED = "CANCELLED"
    DELIVERED = "DELIVERED"
    DISPATCHED = "DISPATCHED"
    DISPUTED = "DISPUTED"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING = "PENDING"
    PROCESSED = "PROCESSED"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus | None":
        return unknown_member(cls, value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (received from a vendor that added one)."""
        return is_known(self)
