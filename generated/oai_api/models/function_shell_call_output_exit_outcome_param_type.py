from typing import Literal

FunctionShellCallOutputExitOutcomeParamType = Literal["exit"]

FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES: set[
    FunctionShellCallOutputExitOutcomeParamType
] = {
    "exit",
}


def check_function_shell_call_output_exit_outcome_param_type(
    value: str,
) -> FunctionShellCallOutputExitOutcomeParamType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES!r}"
    )
