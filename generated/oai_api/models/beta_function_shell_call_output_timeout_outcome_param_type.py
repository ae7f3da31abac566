from typing import Literal

BetaFunctionShellCallOutputTimeoutOutcomeParamType = Literal["timeout"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES: set[
    BetaFunctionShellCallOutputTimeoutOutcomeParamType
] = {
    "timeout",
}


def check_beta_function_shell_call_output_timeout_outcome_param_type(
    value: str,
) -> BetaFunctionShellCallOutputTimeoutOutcomeParamType:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_PARAM_TYPE_VALUES!r}"
    )
