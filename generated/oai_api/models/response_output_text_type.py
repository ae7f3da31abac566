from typing import Literal

ResponseOutputTextType = Literal["output_text"]

RESPONSE_OUTPUT_TEXT_TYPE_VALUES: set[ResponseOutputTextType] = {
    "output_text",
}


def check_response_output_text_type(value: str) -> ResponseOutputTextType:
    if value in RESPONSE_OUTPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_TEXT_TYPE_VALUES!r}"
    )
