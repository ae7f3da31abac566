from typing import Literal

WidgetMessageItemType = Literal["chatkit.widget"]

WIDGET_MESSAGE_ITEM_TYPE_VALUES: set[WidgetMessageItemType] = {
    "chatkit.widget",
}


def check_widget_message_item_type(value: str) -> WidgetMessageItemType:
    if value in WIDGET_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_MESSAGE_ITEM_TYPE_VALUES!r}"
    )
