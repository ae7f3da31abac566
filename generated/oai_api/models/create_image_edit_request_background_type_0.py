from typing import Literal

CreateImageEditRequestBackgroundType0 = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_TYPE_0_VALUES: set[
    CreateImageEditRequestBackgroundType0
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_edit_request_background_type_0(
    value: str,
) -> CreateImageEditRequestBackgroundType0:
    if value in CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_TYPE_0_VALUES!r}"
    )
