from typing import Literal

CustomTextFormatParamType = Literal["text"]

CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES: set[CustomTextFormatParamType] = {
    "text",
}


def check_custom_text_format_param_type(value: str) -> CustomTextFormatParamType:
    if value in CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES!r}"
    )
