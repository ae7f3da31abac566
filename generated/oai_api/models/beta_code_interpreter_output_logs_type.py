from typing import Literal

BetaCodeInterpreterOutputLogsType = Literal["logs"]

BETA_CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES: set[
    BetaCodeInterpreterOutputLogsType
] = {
    "logs",
}


def check_beta_code_interpreter_output_logs_type(
    value: str,
) -> BetaCodeInterpreterOutputLogsType:
    if value in BETA_CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES!r}"
    )
