from typing import Literal

BetaModerationErrorBodyType = Literal["error"]

BETA_MODERATION_ERROR_BODY_TYPE_VALUES: set[BetaModerationErrorBodyType] = {
    "error",
}


def check_beta_moderation_error_body_type(value: str) -> BetaModerationErrorBodyType:
    if value in BETA_MODERATION_ERROR_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODERATION_ERROR_BODY_TYPE_VALUES!r}"
    )
