from typing import Literal

WebhookFineTuningJobCancelledObject = Literal["event"]

WEBHOOK_FINE_TUNING_JOB_CANCELLED_OBJECT_VALUES: set[
    WebhookFineTuningJobCancelledObject
] = {
    "event",
}


def check_webhook_fine_tuning_job_cancelled_object(
    value: str,
) -> WebhookFineTuningJobCancelledObject:
    if value in WEBHOOK_FINE_TUNING_JOB_CANCELLED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_CANCELLED_OBJECT_VALUES!r}"
    )
