from typing import Literal

CreateChatCompletionRequestAudioType0Format = Literal[
    "aac", "flac", "mp3", "opus", "pcm16", "wav"
]

CREATE_CHAT_COMPLETION_REQUEST_AUDIO_TYPE_0_FORMAT_VALUES: set[
    CreateChatCompletionRequestAudioType0Format
] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm16",
    "wav",
}


def check_create_chat_completion_request_audio_type_0_format(
    value: str,
) -> CreateChatCompletionRequestAudioType0Format:
    if value in CREATE_CHAT_COMPLETION_REQUEST_AUDIO_TYPE_0_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_AUDIO_TYPE_0_FORMAT_VALUES!r}"
    )
