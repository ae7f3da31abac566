from typing import Literal

RealtimeTurnDetectionType0Type1Eagerness = Literal["auto", "high", "low", "medium"]

REALTIME_TURN_DETECTION_TYPE_0_TYPE_1_EAGERNESS_VALUES: set[
    RealtimeTurnDetectionType0Type1Eagerness
] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_realtime_turn_detection_type_0_type_1_eagerness(
    value: str,
) -> RealtimeTurnDetectionType0Type1Eagerness:
    if value in REALTIME_TURN_DETECTION_TYPE_0_TYPE_1_EAGERNESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TURN_DETECTION_TYPE_0_TYPE_1_EAGERNESS_VALUES!r}"
    )
