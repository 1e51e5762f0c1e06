from enum import StrEnum


class YesOrTrueType0(StrEnum):
    Y = "y"

    def __str__(self) -> str:
        return str(self.value)
