from typing import Literal

BetaResponseFormatJsonObjectType = Literal["json_object"]

BETA_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES: set[BetaResponseFormatJsonObjectType] = {
    "json_object",
}


def check_beta_response_format_json_object_type(
    value: str,
) -> BetaResponseFormatJsonObjectType:
    if value in BETA_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES!r}"
    )
