from typing import Literal

RealtimeSessionCreateRequestToolsItemType = Literal["function"]

REALTIME_SESSION_CREATE_REQUEST_TOOLS_ITEM_TYPE_VALUES: set[
    RealtimeSessionCreateRequestToolsItemType
] = {
    "function",
}


def check_realtime_session_create_request_tools_item_type(
    value: str,
) -> RealtimeSessionCreateRequestToolsItemType:
    if value in REALTIME_SESSION_CREATE_REQUEST_TOOLS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_TOOLS_ITEM_TYPE_VALUES!r}"
    )
