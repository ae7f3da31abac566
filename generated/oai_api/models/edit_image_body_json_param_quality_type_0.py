from typing import Literal

EditImageBodyJsonParamQualityType0 = Literal["auto", "high", "low", "medium"]

EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_TYPE_0_VALUES: set[
    EditImageBodyJsonParamQualityType0
] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_edit_image_body_json_param_quality_type_0(
    value: str,
) -> EditImageBodyJsonParamQualityType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_TYPE_0_VALUES!r}"
    )
