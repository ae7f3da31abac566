from typing import Literal

BetaModerationMode = Literal["block", "score"]

BETA_MODERATION_MODE_VALUES: set[BetaModerationMode] = {
    "block",
    "score",
}


def check_beta_moderation_mode(value: str) -> BetaModerationMode:
    if value in BETA_MODERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODERATION_MODE_VALUES!r}"
    )
