from typing import Literal

BetaInputImageContentType = Literal["input_image"]

BETA_INPUT_IMAGE_CONTENT_TYPE_VALUES: set[BetaInputImageContentType] = {
    "input_image",
}


def check_beta_input_image_content_type(value: str) -> BetaInputImageContentType:
    if value in BETA_INPUT_IMAGE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_IMAGE_CONTENT_TYPE_VALUES!r}"
    )
