from typing import Literal

ImagesResponseSize = Literal["1024x1024", "1024x1536", "1536x1024"]

IMAGES_RESPONSE_SIZE_VALUES: set[ImagesResponseSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
}


def check_images_response_size(value: str) -> ImagesResponseSize:
    if value in IMAGES_RESPONSE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGES_RESPONSE_SIZE_VALUES!r}"
    )
