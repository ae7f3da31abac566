from typing import Literal

FunctionShellCallOutputExitOutcomeType = Literal["exit"]

FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_TYPE_VALUES: set[
    FunctionShellCallOutputExitOutcomeType
] = {
    "exit",
}


def check_function_shell_call_output_exit_outcome_type(
    value: str,
) -> FunctionShellCallOutputExitOutcomeType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_TYPE_VALUES!r}"
    )
