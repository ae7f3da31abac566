from typing import Literal

UsageCodeInterpreterSessionsResultObject = Literal[
    "organization.usage.code_interpreter_sessions.result"
]

USAGE_CODE_INTERPRETER_SESSIONS_RESULT_OBJECT_VALUES: set[
    UsageCodeInterpreterSessionsResultObject
] = {
    "organization.usage.code_interpreter_sessions.result",
}


def check_usage_code_interpreter_sessions_result_object(
    value: str,
) -> UsageCodeInterpreterSessionsResultObject:
    if value in USAGE_CODE_INTERPRETER_SESSIONS_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_CODE_INTERPRETER_SESSIONS_RESULT_OBJECT_VALUES!r}"
    )
