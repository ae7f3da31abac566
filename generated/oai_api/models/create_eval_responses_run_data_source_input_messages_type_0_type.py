from typing import Literal

CreateEvalResponsesRunDataSourceInputMessagesType0Type = Literal["template"]

CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES: set[
    CreateEvalResponsesRunDataSourceInputMessagesType0Type
] = {
    "template",
}


def check_create_eval_responses_run_data_source_input_messages_type_0_type(
    value: str,
) -> CreateEvalResponsesRunDataSourceInputMessagesType0Type:
    if value in CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_0_TYPE_VALUES!r}"
    )
