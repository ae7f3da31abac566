from typing import Literal

BetaCustomGrammarFormatParamType = Literal["grammar"]

BETA_CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES: set[BetaCustomGrammarFormatParamType] = {
    "grammar",
}


def check_beta_custom_grammar_format_param_type(
    value: str,
) -> BetaCustomGrammarFormatParamType:
    if value in BETA_CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES!r}"
    )
