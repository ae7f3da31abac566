from typing import Literal

ListAuditLogsResponseObject = Literal["list"]

LIST_AUDIT_LOGS_RESPONSE_OBJECT_VALUES: set[ListAuditLogsResponseObject] = {
    "list",
}


def check_list_audit_logs_response_object(value: str) -> ListAuditLogsResponseObject:
    if value in LIST_AUDIT_LOGS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOGS_RESPONSE_OBJECT_VALUES!r}"
    )
