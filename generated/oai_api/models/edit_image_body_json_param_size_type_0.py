from typing import Literal

EditImageBodyJsonParamSizeType0 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

EDIT_IMAGE_BODY_JSON_PARAM_SIZE_TYPE_0_VALUES: set[EditImageBodyJsonParamSizeType0] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_edit_image_body_json_param_size_type_0(
    value: str,
) -> EditImageBodyJsonParamSizeType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_SIZE_TYPE_0_VALUES!r}"
    )
