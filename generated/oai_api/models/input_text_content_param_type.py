from typing import Literal

InputTextContentParamType = Literal["input_text"]

INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES: set[InputTextContentParamType] = {
    "input_text",
}


def check_input_text_content_param_type(value: str) -> InputTextContentParamType:
    if value in INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES!r}"
    )
