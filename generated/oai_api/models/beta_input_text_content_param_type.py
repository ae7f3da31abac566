from typing import Literal

BetaInputTextContentParamType = Literal["input_text"]

BETA_INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES: set[BetaInputTextContentParamType] = {
    "input_text",
}


def check_beta_input_text_content_param_type(
    value: str,
) -> BetaInputTextContentParamType:
    if value in BETA_INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES!r}"
    )
