from typing import Literal

CreateEvalResponsesRunDataSourceInputMessagesType1Type = Literal["item_reference"]

CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES: set[
    CreateEvalResponsesRunDataSourceInputMessagesType1Type
] = {
    "item_reference",
}


def check_create_eval_responses_run_data_source_input_messages_type_1_type(
    value: str,
) -> CreateEvalResponsesRunDataSourceInputMessagesType1Type:
    if value in CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_RESPONSES_RUN_DATA_SOURCE_INPUT_MESSAGES_TYPE_1_TYPE_VALUES!r}"
    )
