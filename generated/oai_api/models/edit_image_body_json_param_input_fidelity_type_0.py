from typing import Literal

EditImageBodyJsonParamInputFidelityType0 = Literal["high", "low"]

EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_TYPE_0_VALUES: set[
    EditImageBodyJsonParamInputFidelityType0
] = {
    "high",
    "low",
}


def check_edit_image_body_json_param_input_fidelity_type_0(
    value: str,
) -> EditImageBodyJsonParamInputFidelityType0:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_TYPE_0_VALUES!r}"
    )
