from typing import Literal

CreateFineTuningJobRequestIntegrationsType0ItemTypeType0 = Literal["wandb"]

CREATE_FINE_TUNING_JOB_REQUEST_INTEGRATIONS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES: set[
    CreateFineTuningJobRequestIntegrationsType0ItemTypeType0
] = {
    "wandb",
}


def check_create_fine_tuning_job_request_integrations_type_0_item_type_type_0(
    value: str,
) -> CreateFineTuningJobRequestIntegrationsType0ItemTypeType0:
    if (
        value
        in CREATE_FINE_TUNING_JOB_REQUEST_INTEGRATIONS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_INTEGRATIONS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES!r}"
    )
