from typing import Literal

CreateImageRequestStyleType0 = Literal["natural", "vivid"]

CREATE_IMAGE_REQUEST_STYLE_TYPE_0_VALUES: set[CreateImageRequestStyleType0] = {
    "natural",
    "vivid",
}


def check_create_image_request_style_type_0(value: str) -> CreateImageRequestStyleType0:
    if value in CREATE_IMAGE_REQUEST_STYLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_STYLE_TYPE_0_VALUES!r}"
    )
