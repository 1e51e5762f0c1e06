from enum import StrEnum


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
