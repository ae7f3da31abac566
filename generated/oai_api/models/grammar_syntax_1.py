from typing import Literal

GrammarSyntax1 = Literal["lark", "regex"]

GRAMMAR_SYNTAX_1_VALUES: set[GrammarSyntax1] = {
    "lark",
    "regex",
}


def check_grammar_syntax_1(value: str) -> GrammarSyntax1:
    if value in GRAMMAR_SYNTAX_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRAMMAR_SYNTAX_1_VALUES!r}"
    )
