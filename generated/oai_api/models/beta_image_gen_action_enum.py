from typing import Literal

BetaImageGenActionEnum = Literal["auto", "edit", "generate"]

BETA_IMAGE_GEN_ACTION_ENUM_VALUES: set[BetaImageGenActionEnum] = {
    "auto",
    "edit",
    "generate",
}


def check_beta_image_gen_action_enum(value: str) -> BetaImageGenActionEnum:
    if value in BETA_IMAGE_GEN_ACTION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_ACTION_ENUM_VALUES!r}"
    )
