from typing import Literal

CodeInterpreterOutputImageType = Literal["image"]

CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES: set[CodeInterpreterOutputImageType] = {
    "image",
}


def check_code_interpreter_output_image_type(
    value: str,
) -> CodeInterpreterOutputImageType:
    if value in CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES!r}"
    )
