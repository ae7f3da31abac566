from typing import Literal

CreateImageEditRequestSizeType1 = Literal[
    "1024x1024", "1024x1536", "1536x1024", "256x256", "512x512", "auto"
]

CREATE_IMAGE_EDIT_REQUEST_SIZE_TYPE_1_VALUES: set[CreateImageEditRequestSizeType1] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "256x256",
    "512x512",
    "auto",
}


def check_create_image_edit_request_size_type_1(
    value: str,
) -> CreateImageEditRequestSizeType1:
    if value in CREATE_IMAGE_EDIT_REQUEST_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_SIZE_TYPE_1_VALUES!r}"
    )
