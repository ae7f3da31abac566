from typing import Literal

CreateImageEditRequestModelType1 = Literal[
    "chatgpt-image-latest",
    "dall-e-2",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

CREATE_IMAGE_EDIT_REQUEST_MODEL_TYPE_1_VALUES: set[CreateImageEditRequestModelType1] = {
    "chatgpt-image-latest",
    "dall-e-2",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_create_image_edit_request_model_type_1(
    value: str,
) -> CreateImageEditRequestModelType1:
    if value in CREATE_IMAGE_EDIT_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
