from typing import Literal

BetaModerationResultBodyType = Literal["moderation_result"]

BETA_MODERATION_RESULT_BODY_TYPE_VALUES: set[BetaModerationResultBodyType] = {
    "moderation_result",
}


def check_beta_moderation_result_body_type(value: str) -> BetaModerationResultBodyType:
    if value in BETA_MODERATION_RESULT_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODERATION_RESULT_BODY_TYPE_VALUES!r}"
    )
