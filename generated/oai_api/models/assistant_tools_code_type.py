from typing import Literal

AssistantToolsCodeType = Literal["code_interpreter"]

ASSISTANT_TOOLS_CODE_TYPE_VALUES: set[AssistantToolsCodeType] = {
    "code_interpreter",
}


def check_assistant_tools_code_type(value: str) -> AssistantToolsCodeType:
    if value in ASSISTANT_TOOLS_CODE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_TOOLS_CODE_TYPE_VALUES!r}"
    )
