from enum import StrEnum


class OrderSource(StrEnum):
    CHECKOUT = "CHECKOUT"
    EXTERNAL = "EXTERNAL"
    SUBSCRIPTION_BILLING_ENGINE = "SUBSCRIPTION_BILLING_ENGINE"

    def __str__(self) -> str:
        return str(self.value)
