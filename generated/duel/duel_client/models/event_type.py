from enum import StrEnum

from .._runtime.mismatch import is_known, unknown_member


class EventType(StrEnum):
    ACTION_APPROVAL = "action_approval"
    ACTION_REJECTION = "action_rejection"
    ACTION_SUBMISSION = "action_submission"
    MEMBER_ACCEPTANCE = "member_acceptance"
    MEMBER_PAYMENT = "member_payment"
    MEMBER_REWARD = "member_reward"
    MEMBER_TIER_UP = "member_tier_up"
    MEMBER_UPDATE = "member_update"
    PURCHASE_COMPLETION = "purchase_completion"
    PURCHASE_UPDATE = "purchase_update"
    SOCIAL_POST_REFRESH = "social_post_refresh"
    TASK_COMPLETION = "task_completion"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EventType | None":
        return unknown_member(cls, value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (received from a vendor that added one)."""
        return is_known(self)
