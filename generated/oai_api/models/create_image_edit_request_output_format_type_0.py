from typing import Literal

CreateImageEditRequestOutputFormatType0 = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_TYPE_0_VALUES: set[
    CreateImageEditRequestOutputFormatType0
] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_edit_request_output_format_type_0(
    value: str,
) -> CreateImageEditRequestOutputFormatType0:
    if value in CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_TYPE_0_VALUES!r}"
    )
