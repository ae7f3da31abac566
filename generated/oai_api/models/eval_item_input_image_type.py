from typing import Literal

EvalItemInputImageType = Literal["input_image"]

EVAL_ITEM_INPUT_IMAGE_TYPE_VALUES: set[EvalItemInputImageType] = {
    "input_image",
}


def check_eval_item_input_image_type(value: str) -> EvalItemInputImageType:
    if value in EVAL_ITEM_INPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_ITEM_INPUT_IMAGE_TYPE_VALUES!r}"
    )
