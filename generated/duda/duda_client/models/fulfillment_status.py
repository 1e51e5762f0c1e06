from enum import StrEnum


class FulfillmentStatus(StrEnum):
    FULFILLED = "FULFILLED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
