from typing import Literal

WebhookFineTuningJobFailedObject = Literal["event"]

WEBHOOK_FINE_TUNING_JOB_FAILED_OBJECT_VALUES: set[WebhookFineTuningJobFailedObject] = {
    "event",
}


def check_webhook_fine_tuning_job_failed_object(
    value: str,
) -> WebhookFineTuningJobFailedObject:
    if value in WEBHOOK_FINE_TUNING_JOB_FAILED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_FAILED_OBJECT_VALUES!r}"
    )
