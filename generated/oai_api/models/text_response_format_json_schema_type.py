from typing import Literal

TextResponseFormatJsonSchemaType = Literal["json_schema"]

TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: set[TextResponseFormatJsonSchemaType] = {
    "json_schema",
}


def check_text_response_format_json_schema_type(
    value: str,
) -> TextResponseFormatJsonSchemaType:
    if value in TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES!r}"
    )
