from typing import Literal

EditImageBodyJsonParamModerationType0 = Literal["auto", "low"]

EDIT_IMAGE_BODY_JSON_PARAM_MODERATION_TYPE_0_VALUES: set[
    EditImageBodyJsonParamModerationType0
] = {
    "auto",
    "low",
}


def check_edit_image_body_json_param_moderation_type_0(
    value: str,
) -> EditImageBodyJsonParamModerationType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_MODERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_MODERATION_TYPE_0_VALUES!r}"
    )
