from typing import Literal

CreateModerationRequestModelType1 = Literal[
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
]

CREATE_MODERATION_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateModerationRequestModelType1
] = {
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
}


def check_create_moderation_request_model_type_1(
    value: str,
) -> CreateModerationRequestModelType1:
    if value in CREATE_MODERATION_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
