from typing import Literal

BetaResponseOutputTextAnnotationAddedEventType = Literal[
    "response.output_text.annotation.added"
]

BETA_RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[
    BetaResponseOutputTextAnnotationAddedEventType
] = {
    "response.output_text.annotation.added",
}


def check_beta_response_output_text_annotation_added_event_type(
    value: str,
) -> BetaResponseOutputTextAnnotationAddedEventType:
    if value in BETA_RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES!r}"
    )
