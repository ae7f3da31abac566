from typing import Literal

WebhookEvalRunSucceededType = Literal["eval.run.succeeded"]

WEBHOOK_EVAL_RUN_SUCCEEDED_TYPE_VALUES: set[WebhookEvalRunSucceededType] = {
    "eval.run.succeeded",
}


def check_webhook_eval_run_succeeded_type(value: str) -> WebhookEvalRunSucceededType:
    if value in WEBHOOK_EVAL_RUN_SUCCEEDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_SUCCEEDED_TYPE_VALUES!r}"
    )
