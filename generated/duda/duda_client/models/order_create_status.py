from enum import StrEnum


class OrderCreateStatus(StrEnum):
    CANCELLED = "CANCELLED"
    DELIVERED = "DELIVERED"
    DISPATCHED = "DISPATCHED"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING = "PENDING"
    PROCESSED = "PROCESSED"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
