from typing import Literal

ModerationInputType = Literal["image", "text"]

MODERATION_INPUT_TYPE_VALUES: set[ModerationInputType] = {
    "image",
    "text",
}


def check_moderation_input_type(value: str) -> ModerationInputType:
    if value in MODERATION_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODERATION_INPUT_TYPE_VALUES!r}"
    )
