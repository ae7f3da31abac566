from typing import Literal

WebhookFineTuningJobFailedType = Literal["fine_tuning.job.failed"]

WEBHOOK_FINE_TUNING_JOB_FAILED_TYPE_VALUES: set[WebhookFineTuningJobFailedType] = {
    "fine_tuning.job.failed",
}


def check_webhook_fine_tuning_job_failed_type(
    value: str,
) -> WebhookFineTuningJobFailedType:
    if value in WEBHOOK_FINE_TUNING_JOB_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_FAILED_TYPE_VALUES!r}"
    )
