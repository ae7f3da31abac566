from typing import Literal

EditImageBodyJsonParamBackgroundType0 = Literal["auto", "opaque", "transparent"]

EDIT_IMAGE_BODY_JSON_PARAM_BACKGROUND_TYPE_0_VALUES: set[
    EditImageBodyJsonParamBackgroundType0
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_edit_image_body_json_param_background_type_0(
    value: str,
) -> EditImageBodyJsonParamBackgroundType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_BACKGROUND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_BACKGROUND_TYPE_0_VALUES!r}"
    )
