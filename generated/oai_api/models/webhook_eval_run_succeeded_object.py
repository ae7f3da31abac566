from typing import Literal

WebhookEvalRunSucceededObject = Literal["event"]

WEBHOOK_EVAL_RUN_SUCCEEDED_OBJECT_VALUES: set[WebhookEvalRunSucceededObject] = {
    "event",
}


def check_webhook_eval_run_succeeded_object(
    value: str,
) -> WebhookEvalRunSucceededObject:
    if value in WEBHOOK_EVAL_RUN_SUCCEEDED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_SUCCEEDED_OBJECT_VALUES!r}"
    )
