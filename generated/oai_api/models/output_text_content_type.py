from typing import Literal

OutputTextContentType = Literal["output_text"]

OUTPUT_TEXT_CONTENT_TYPE_VALUES: set[OutputTextContentType] = {
    "output_text",
}


def check_output_text_content_type(value: str) -> OutputTextContentType:
    if value in OUTPUT_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_TEXT_CONTENT_TYPE_VALUES!r}"
    )
