from typing import Literal

ModerationMode = Literal["block", "score"]

MODERATION_MODE_VALUES: set[ModerationMode] = {
    "block",
    "score",
}


def check_moderation_mode(value: str) -> ModerationMode:
    if value in MODERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODERATION_MODE_VALUES!r}"
    )
