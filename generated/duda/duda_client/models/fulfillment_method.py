from enum import StrEnum


class FulfillmentMethod(StrEnum):
    EMAIL_MESSAGE = "EMAIL_MESSAGE"
    PICKUP = "PICKUP"
    SHIPMENT = "SHIPMENT"

    def __str__(self) -> str:
        return str(self.value)
