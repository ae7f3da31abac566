from typing import Literal

WebhookEvalRunCanceledObject = Literal["event"]

WEBHOOK_EVAL_RUN_CANCELED_OBJECT_VALUES: set[WebhookEvalRunCanceledObject] = {
    "event",
}


def check_webhook_eval_run_canceled_object(value: str) -> WebhookEvalRunCanceledObject:
    if value in WEBHOOK_EVAL_RUN_CANCELED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_CANCELED_OBJECT_VALUES!r}"
    )
