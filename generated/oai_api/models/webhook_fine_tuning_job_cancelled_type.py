from typing import Literal

WebhookFineTuningJobCancelledType = Literal["fine_tuning.job.cancelled"]

WEBHOOK_FINE_TUNING_JOB_CANCELLED_TYPE_VALUES: set[
    WebhookFineTuningJobCancelledType
] = {
    "fine_tuning.job.cancelled",
}


def check_webhook_fine_tuning_job_cancelled_type(
    value: str,
) -> WebhookFineTuningJobCancelledType:
    if value in WEBHOOK_FINE_TUNING_JOB_CANCELLED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_CANCELLED_TYPE_VALUES!r}"
    )
