from typing import Literal

BetaImageGenToolModelType1 = Literal[
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

BETA_IMAGE_GEN_TOOL_MODEL_TYPE_1_VALUES: set[BetaImageGenToolModelType1] = {
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_beta_image_gen_tool_model_type_1(value: str) -> BetaImageGenToolModelType1:
    if value in BETA_IMAGE_GEN_TOOL_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_IMAGE_GEN_TOOL_MODEL_TYPE_1_VALUES!r}"
    )
