from typing import Literal

BetaTextResponseFormatJsonSchemaType = Literal["json_schema"]

BETA_TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: set[
    BetaTextResponseFormatJsonSchemaType
] = {
    "json_schema",
}


def check_beta_text_response_format_json_schema_type(
    value: str,
) -> BetaTextResponseFormatJsonSchemaType:
    if value in BETA_TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES!r}"
    )
