from typing import Literal

CreateModerationRequestInputType2ItemType1Type = Literal["text"]

CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_1_TYPE_VALUES: set[
    CreateModerationRequestInputType2ItemType1Type
] = {
    "text",
}


def check_create_moderation_request_input_type_2_item_type_1_type(
    value: str,
) -> CreateModerationRequestInputType2ItemType1Type:
    if value in CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
