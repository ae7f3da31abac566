from typing import Literal

CreateModerationRequestInputType2ItemType0Type = Literal["image_url"]

CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_0_TYPE_VALUES: set[
    CreateModerationRequestInputType2ItemType0Type
] = {
    "image_url",
}


def check_create_moderation_request_input_type_2_item_type_0_type(
    value: str,
) -> CreateModerationRequestInputType2ItemType0Type:
    if value in CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_REQUEST_INPUT_TYPE_2_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
