from typing import Literal

CreateCompletionRequestModelType1 = Literal[
    "babbage-002", "davinci-002", "gpt-3.5-turbo-instruct"
]

CREATE_COMPLETION_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateCompletionRequestModelType1
] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo-instruct",
}


def check_create_completion_request_model_type_1(
    value: str,
) -> CreateCompletionRequestModelType1:
    if value in CREATE_COMPLETION_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_COMPLETION_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
