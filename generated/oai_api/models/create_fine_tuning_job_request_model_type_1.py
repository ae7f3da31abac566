from typing import Literal

CreateFineTuningJobRequestModelType1 = Literal[
    "babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"
]

CREATE_FINE_TUNING_JOB_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateFineTuningJobRequestModelType1
] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo",
    "gpt-4o-mini",
}


def check_create_fine_tuning_job_request_model_type_1(
    value: str,
) -> CreateFineTuningJobRequestModelType1:
    if value in CREATE_FINE_TUNING_JOB_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
