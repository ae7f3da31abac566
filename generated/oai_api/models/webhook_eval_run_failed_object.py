from typing import Literal

WebhookEvalRunFailedObject = Literal["event"]

WEBHOOK_EVAL_RUN_FAILED_OBJECT_VALUES: set[WebhookEvalRunFailedObject] = {
    "event",
}


def check_webhook_eval_run_failed_object(value: str) -> WebhookEvalRunFailedObject:
    if value in WEBHOOK_EVAL_RUN_FAILED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_FAILED_OBJECT_VALUES!r}"
    )
