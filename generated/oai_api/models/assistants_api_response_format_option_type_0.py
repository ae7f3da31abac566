from typing import Literal

AssistantsApiResponseFormatOptionType0 = Literal["auto"]

ASSISTANTS_API_RESPONSE_FORMAT_OPTION_TYPE_0_VALUES: set[
    AssistantsApiResponseFormatOptionType0
] = {
    "auto",
}


def check_assistants_api_response_format_option_type_0(
    value: str,
) -> AssistantsApiResponseFormatOptionType0:
    if value in ASSISTANTS_API_RESPONSE_FORMAT_OPTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANTS_API_RESPONSE_FORMAT_OPTION_TYPE_0_VALUES!r}"
    )
