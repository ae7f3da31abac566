from typing import Literal

WebhookFineTuningJobSucceededType = Literal["fine_tuning.job.succeeded"]

WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_TYPE_VALUES: set[
    WebhookFineTuningJobSucceededType
] = {
    "fine_tuning.job.succeeded",
}


def check_webhook_fine_tuning_job_succeeded_type(
    value: str,
) -> WebhookFineTuningJobSucceededType:
    if value in WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_TYPE_VALUES!r}"
    )
