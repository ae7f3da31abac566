from typing import Literal

BetaCodeInterpreterOutputImageType = Literal["image"]

BETA_CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES: set[
    BetaCodeInterpreterOutputImageType
] = {
    "image",
}


def check_beta_code_interpreter_output_image_type(
    value: str,
) -> BetaCodeInterpreterOutputImageType:
    if value in BETA_CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES!r}"
    )
