from typing import Literal

EditImageBodyJsonParamModelType1 = Literal[
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

EDIT_IMAGE_BODY_JSON_PARAM_MODEL_TYPE_1_VALUES: set[
    EditImageBodyJsonParamModelType1
] = {
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_edit_image_body_json_param_model_type_1(
    value: str,
) -> EditImageBodyJsonParamModelType1:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_MODEL_TYPE_1_VALUES!r}"
    )
