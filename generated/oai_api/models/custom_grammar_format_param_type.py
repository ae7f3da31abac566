from typing import Literal

CustomGrammarFormatParamType = Literal["grammar"]

CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES: set[CustomGrammarFormatParamType] = {
    "grammar",
}


def check_custom_grammar_format_param_type(value: str) -> CustomGrammarFormatParamType:
    if value in CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_GRAMMAR_FORMAT_PARAM_TYPE_VALUES!r}"
    )
