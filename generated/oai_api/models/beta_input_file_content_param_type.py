from typing import Literal

BetaInputFileContentParamType = Literal["input_file"]

BETA_INPUT_FILE_CONTENT_PARAM_TYPE_VALUES: set[BetaInputFileContentParamType] = {
    "input_file",
}


def check_beta_input_file_content_param_type(
    value: str,
) -> BetaInputFileContentParamType:
    if value in BETA_INPUT_FILE_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_FILE_CONTENT_PARAM_TYPE_VALUES!r}"
    )
