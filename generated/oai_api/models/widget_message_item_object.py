from typing import Literal

WidgetMessageItemObject = Literal["chatkit.thread_item"]

WIDGET_MESSAGE_ITEM_OBJECT_VALUES: set[WidgetMessageItemObject] = {
    "chatkit.thread_item",
}


def check_widget_message_item_object(value: str) -> WidgetMessageItemObject:
    if value in WIDGET_MESSAGE_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_MESSAGE_ITEM_OBJECT_VALUES!r}"
    )
