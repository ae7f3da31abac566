from typing import Literal

BetaModerationInputType = Literal["image", "text"]

BETA_MODERATION_INPUT_TYPE_VALUES: set[BetaModerationInputType] = {
    "image",
    "text",
}


def check_beta_moderation_input_type(value: str) -> BetaModerationInputType:
    if value in BETA_MODERATION_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODERATION_INPUT_TYPE_VALUES!r}"
    )
