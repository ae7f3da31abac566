from typing import Literal

CreateTranslationRequestModelType1 = Literal["whisper-1"]

CREATE_TRANSLATION_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateTranslationRequestModelType1
] = {
    "whisper-1",
}


def check_create_translation_request_model_type_1(
    value: str,
) -> CreateTranslationRequestModelType1:
    if value in CREATE_TRANSLATION_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSLATION_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
