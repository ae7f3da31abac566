from typing import Literal

BetaInputImageContentParamAutoParamType = Literal["input_image"]

BETA_INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES: set[
    BetaInputImageContentParamAutoParamType
] = {
    "input_image",
}


def check_beta_input_image_content_param_auto_param_type(
    value: str,
) -> BetaInputImageContentParamAutoParamType:
    if value in BETA_INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES!r}"
    )
