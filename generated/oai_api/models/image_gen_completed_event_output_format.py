from typing import Literal

ImageGenCompletedEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GEN_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES: set[
    ImageGenCompletedEventOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_gen_completed_event_output_format(
    value: str,
) -> ImageGenCompletedEventOutputFormat:
    if value in IMAGE_GEN_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES!r}"
    )
