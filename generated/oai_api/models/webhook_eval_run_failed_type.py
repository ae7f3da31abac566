from typing import Literal

WebhookEvalRunFailedType = Literal["eval.run.failed"]

WEBHOOK_EVAL_RUN_FAILED_TYPE_VALUES: set[WebhookEvalRunFailedType] = {
    "eval.run.failed",
}


def check_webhook_eval_run_failed_type(value: str) -> WebhookEvalRunFailedType:
    if value in WEBHOOK_EVAL_RUN_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVAL_RUN_FAILED_TYPE_VALUES!r}"
    )
