from typing import Literal

BetaGrammarSyntax1 = Literal["lark", "regex"]

BETA_GRAMMAR_SYNTAX_1_VALUES: set[BetaGrammarSyntax1] = {
    "lark",
    "regex",
}


def check_beta_grammar_syntax_1(value: str) -> BetaGrammarSyntax1:
    if value in BETA_GRAMMAR_SYNTAX_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_GRAMMAR_SYNTAX_1_VALUES!r}"
    )
