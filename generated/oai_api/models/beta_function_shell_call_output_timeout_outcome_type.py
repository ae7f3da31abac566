from typing import Literal

BetaFunctionShellCallOutputTimeoutOutcomeType = Literal["timeout"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES: set[
    BetaFunctionShellCallOutputTimeoutOutcomeType
] = {
    "timeout",
}


def check_beta_function_shell_call_output_timeout_outcome_type(
    value: str,
) -> BetaFunctionShellCallOutputTimeoutOutcomeType:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES!r}"
    )
