from typing import Literal

ResponseFormatTextGrammarType = Literal["grammar"]

RESPONSE_FORMAT_TEXT_GRAMMAR_TYPE_VALUES: set[ResponseFormatTextGrammarType] = {
    "grammar",
}


def check_response_format_text_grammar_type(
    value: str,
) -> ResponseFormatTextGrammarType:
    if value in RESPONSE_FORMAT_TEXT_GRAMMAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_TEXT_GRAMMAR_TYPE_VALUES!r}"
    )
