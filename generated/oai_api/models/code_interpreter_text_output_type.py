from typing import Literal

CodeInterpreterTextOutputType = Literal["logs"]

CODE_INTERPRETER_TEXT_OUTPUT_TYPE_VALUES: set[CodeInterpreterTextOutputType] = {
    "logs",
}


def check_code_interpreter_text_output_type(
    value: str,
) -> CodeInterpreterTextOutputType:
    if value in CODE_INTERPRETER_TEXT_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_TEXT_OUTPUT_TYPE_VALUES!r}"
    )
