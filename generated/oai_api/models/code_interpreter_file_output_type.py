from typing import Literal

CodeInterpreterFileOutputType = Literal["files"]

CODE_INTERPRETER_FILE_OUTPUT_TYPE_VALUES: set[CodeInterpreterFileOutputType] = {
    "files",
}


def check_code_interpreter_file_output_type(
    value: str,
) -> CodeInterpreterFileOutputType:
    if value in CODE_INTERPRETER_FILE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_FILE_OUTPUT_TYPE_VALUES!r}"
    )
