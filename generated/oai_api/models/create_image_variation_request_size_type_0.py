from typing import Literal

CreateImageVariationRequestSizeType0 = Literal["1024x1024", "256x256", "512x512"]

CREATE_IMAGE_VARIATION_REQUEST_SIZE_TYPE_0_VALUES: set[
    CreateImageVariationRequestSizeType0
] = {
    "1024x1024",
    "256x256",
    "512x512",
}


def check_create_image_variation_request_size_type_0(
    value: str,
) -> CreateImageVariationRequestSizeType0:
    if value in CREATE_IMAGE_VARIATION_REQUEST_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_VARIATION_REQUEST_SIZE_TYPE_0_VALUES!r}"
    )
