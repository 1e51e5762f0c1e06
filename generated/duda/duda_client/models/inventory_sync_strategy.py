from enum import StrEnum


class InventorySyncStrategy(StrEnum):
    IGNORE = "IGNORE"
    SYNC = "SYNC"

    def __str__(self) -> str:
        return str(self.value)
