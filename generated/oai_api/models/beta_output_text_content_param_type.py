from typing import Literal

BetaOutputTextContentParamType = Literal["output_text"]

BETA_OUTPUT_TEXT_CONTENT_PARAM_TYPE_VALUES: set[BetaOutputTextContentParamType] = {
    "output_text",
}


def check_beta_output_text_content_param_type(
    value: str,
) -> BetaOutputTextContentParamType:
    if value in BETA_OUTPUT_TEXT_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_TEXT_CONTENT_PARAM_TYPE_VALUES!r}"
    )
