from typing import Literal

ResponseFormatTextPythonType = Literal["python"]

RESPONSE_FORMAT_TEXT_PYTHON_TYPE_VALUES: set[ResponseFormatTextPythonType] = {
    "python",
}


def check_response_format_text_python_type(value: str) -> ResponseFormatTextPythonType:
    if value in RESPONSE_FORMAT_TEXT_PYTHON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_TEXT_PYTHON_TYPE_VALUES!r}"
    )
