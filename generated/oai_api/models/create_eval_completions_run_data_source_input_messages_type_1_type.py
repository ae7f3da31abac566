from typing import Literal

CreateEvalCompletionsRunDataSourceInputMessagesType1Type = Literal["item_reference"]

CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES: set[
    CreateEvalCompletionsRunDataSourceInputMessagesType1Type
] = {
    "item_reference",
}


def check_create_eval_completions_run_data_source_input_messages_type_1_type(
    value: str,
) -> CreateEvalCompletionsRunDataSourceInputMessagesType1Type:
    if (
        value
        in CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_COMPLETIONS_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES!r}"
    )
