from typing import Literal

TextContentType = Literal["text"]

TEXT_CONTENT_TYPE_VALUES: set[TextContentType] = {
    "text",
}


def check_text_content_type(value: str) -> TextContentType:
    if value in TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_CONTENT_TYPE_VALUES!r}"
    )
