from enum import StrEnum


class TaxProviderName(StrEnum):
    AVALARA = "AVALARA"
    BUILT_IN = "BUILT_IN"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
