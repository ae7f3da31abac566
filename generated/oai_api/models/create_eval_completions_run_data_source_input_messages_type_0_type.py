from typing import Literal

CreateEvalCompletionsRunDataSourceInputMessagesType0Type = Literal["template"]

CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES: set[
    CreateEvalCompletionsRunDataSourceInputMessagesType0Type
] = {
    "template",
}


def check_create_eval_completions_run_data_source_input_messages_type_0_type(
    value: str,
) -> CreateEvalCompletionsRunDataSourceInputMessagesType0Type:
    if (
        value
        in CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES!r}"
    )
