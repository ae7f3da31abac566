from typing import Literal

CreateImageRequestBackgroundType0 = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_REQUEST_BACKGROUND_TYPE_0_VALUES: set[
    CreateImageRequestBackgroundType0
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_request_background_type_0(
    value: str,
) -> CreateImageRequestBackgroundType0:
    if value in CREATE_IMAGE_REQUEST_BACKGROUND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_BACKGROUND_TYPE_0_VALUES!r}"
    )
