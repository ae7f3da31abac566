from typing import Literal

BetaImageGenToolCallType = Literal["image_generation_call"]

BETA_IMAGE_GEN_TOOL_CALL_TYPE_VALUES: set[BetaImageGenToolCallType] = {
    "image_generation_call",
}


def check_beta_image_gen_tool_call_type(value: str) -> BetaImageGenToolCallType:
    if value in BETA_IMAGE_GEN_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_CALL_TYPE_VALUES!r}"
    )
