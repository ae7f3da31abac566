from typing import Literal

CreateImageRequestQualityType0 = Literal[
    "auto", "hd", "high", "low", "medium", "standard"
]

CREATE_IMAGE_REQUEST_QUALITY_TYPE_0_VALUES: set[CreateImageRequestQualityType0] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_request_quality_type_0(
    value: str,
) -> CreateImageRequestQualityType0:
    if value in CREATE_IMAGE_REQUEST_QUALITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_QUALITY_TYPE_0_VALUES!r}"
    )
