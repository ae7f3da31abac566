from typing import Literal

CreateImageRequestResponseFormatType0 = Literal["b64_json", "url"]

CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES: set[
    CreateImageRequestResponseFormatType0
] = {
    "b64_json",
    "url",
}


def check_create_image_request_response_format_type_0(
    value: str,
) -> CreateImageRequestResponseFormatType0:
    if value in CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES!r}"
    )
