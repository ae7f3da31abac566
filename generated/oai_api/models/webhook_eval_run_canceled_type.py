from typing import Literal

WebhookEvalRunCanceledType = Literal["eval.run.canceled"]

WEBHOOK_EVAL_RUN_CANCELED_TYPE_VALUES: set[WebhookEvalRunCanceledType] = {
    "eval.run.canceled",
}


def check_webhook_eval_run_canceled_type(value: str) -> WebhookEvalRunCanceledType:
    if value in WEBHOOK_EVAL_RUN_CANCELED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_CANCELED_TYPE_VALUES!r}"
    )
