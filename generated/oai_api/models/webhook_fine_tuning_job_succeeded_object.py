from typing import Literal

WebhookFineTuningJobSucceededObject = Literal["event"]

WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_OBJECT_VALUES: set[
    WebhookFineTuningJobSucceededObject
] = {
    "event",
}


def check_webhook_fine_tuning_job_succeeded_object(
    value: str,
) -> WebhookFineTuningJobSucceededObject:
    if value in WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_FINE_TUNING_JOB_SUCCEEDED_OBJECT_VALUES!r}"
    )
