from typing import Literal

EditImageBodyJsonParamOutputFormatType0 = Literal["jpeg", "png", "webp"]

EDIT_IMAGE_BODY_JSON_PARAM_OUTPUT_FORMAT_TYPE_0_VALUES: set[
    EditImageBodyJsonParamOutputFormatType0
] = {
    "jpeg",
    "png",
    "webp",
}


def check_edit_image_body_json_param_output_format_type_0(
    value: str,
) -> EditImageBodyJsonParamOutputFormatType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_OUTPUT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_OUTPUT_FORMAT_TYPE_0_VALUES!r}"
    )
