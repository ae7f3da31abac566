from typing import Literal

CreateImageRequestModerationType0 = Literal["auto", "low"]

CREATE_IMAGE_REQUEST_MODERATION_TYPE_0_VALUES: set[
    CreateImageRequestModerationType0
] = {
    "auto",
    "low",
}


def check_create_image_request_moderation_type_0(
    value: str,
) -> CreateImageRequestModerationType0:
    if value in CREATE_IMAGE_REQUEST_MODERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_MODERATION_TYPE_0_VALUES!r}"
    )
