from enum import StrEnum

from .._runtime.mismatch import is_known, unknown_member


class AssetSource(StrEnum):
    OPERATOR = "operator"
    UGC = "ugc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssetSource | None":
        return unknown_member(cls, value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (received from a vendor that added one)."""
        return is_known(self)
