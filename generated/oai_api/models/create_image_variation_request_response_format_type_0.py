from typing import Literal

CreateImageVariationRequestResponseFormatType0 = Literal["b64_json", "url"]

CREATE_IMAGE_VARIATION_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES: set[
    CreateImageVariationRequestResponseFormatType0
] = {
    "b64_json",
    "url",
}


def check_create_image_variation_request_response_format_type_0(
    value: str,
) -> CreateImageVariationRequestResponseFormatType0:
    if value in CREATE_IMAGE_VARIATION_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_VARIATION_REQUEST_RESPONSE_FORMAT_TYPE_0_VALUES!r}"
    )
