from typing import Literal

BetaFunctionShellCallOutputExitOutcomeParamType = Literal["exit"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES: set[
    BetaFunctionShellCallOutputExitOutcomeParamType
] = {
    "exit",
}


def check_beta_function_shell_call_output_exit_outcome_param_type(
    value: str,
) -> BetaFunctionShellCallOutputExitOutcomeParamType:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES!r}"
    )
