from enum import StrEnum


class AssetSource(StrEnum):
    OPERATOR = "operator"
    UGC = "ugc"

    def __str__(self) -> str:
        return str(self.value)
