from typing import Literal

VoiceIdsSharedType1 = Literal[
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
]

VOICE_IDS_SHARED_TYPE_1_VALUES: set[VoiceIdsSharedType1] = {
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
}


def check_voice_ids_shared_type_1(value: str) -> VoiceIdsSharedType1:
    if value in VOICE_IDS_SHARED_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_IDS_SHARED_TYPE_1_VALUES!r}"
    )
