from typing import Literal

CreateImageEditRequestQualityType0 = Literal[
    "auto", "high", "low", "medium", "standard"
]

CREATE_IMAGE_EDIT_REQUEST_QUALITY_TYPE_0_VALUES: set[
    CreateImageEditRequestQualityType0
] = {
    "auto",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_edit_request_quality_type_0(
    value: str,
) -> CreateImageEditRequestQualityType0:
    if value in CREATE_IMAGE_EDIT_REQUEST_QUALITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_QUALITY_TYPE_0_VALUES!r}"
    )
