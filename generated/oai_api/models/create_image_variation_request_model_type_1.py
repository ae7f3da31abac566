from typing import Literal

CreateImageVariationRequestModelType1 = Literal["dall-e-2"]

CREATE_IMAGE_VARIATION_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateImageVariationRequestModelType1
] = {
    "dall-e-2",
}


def check_create_image_variation_request_model_type_1(
    value: str,
) -> CreateImageVariationRequestModelType1:
    if value in CREATE_IMAGE_VARIATION_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_VARIATION_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
