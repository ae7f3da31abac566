from typing import Literal

UsageWebSearchCallsResultObject = Literal["organization.usage.web_searches.result"]

USAGE_WEB_SEARCH_CALLS_RESULT_OBJECT_VALUES: set[UsageWebSearchCallsResultObject] = {
    "organization.usage.web_searches.result",
}


def check_usage_web_search_calls_result_object(
    value: str,
) -> UsageWebSearchCallsResultObject:
    if value in USAGE_WEB_SEARCH_CALLS_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_WEB_SEARCH_CALLS_RESULT_OBJECT_VALUES!r}"
    )
