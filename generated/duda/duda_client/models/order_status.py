from enum import StrEnum


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
