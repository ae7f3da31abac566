from typing import Literal

EvalItemContentOutputTextType = Literal["output_text"]

EVAL_ITEM_CONTENT_OUTPUT_TEXT_TYPE_VALUES: set[EvalItemContentOutputTextType] = {
    "output_text",
}


def check_eval_item_content_output_text_type(
    value: str,
) -> EvalItemContentOutputTextType:
    if value in EVAL_ITEM_CONTENT_OUTPUT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_ITEM_CONTENT_OUTPUT_TEXT_TYPE_VALUES!r}"
    )
