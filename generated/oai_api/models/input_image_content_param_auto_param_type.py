from typing import Literal

InputImageContentParamAutoParamType = Literal["input_image"]

INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES: set[
    InputImageContentParamAutoParamType
] = {
    "input_image",
}


def check_input_image_content_param_auto_param_type(
    value: str,
) -> InputImageContentParamAutoParamType:
    if value in INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES!r}"
    )
