from typing import Literal

BetaCustomTextFormatParamType = Literal["text"]

BETA_CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES: set[BetaCustomTextFormatParamType] = {
    "text",
}


def check_beta_custom_text_format_param_type(
    value: str,
) -> BetaCustomTextFormatParamType:
    if value in BETA_CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CUSTOM_TEXT_FORMAT_PARAM_TYPE_VALUES!r}"
    )
