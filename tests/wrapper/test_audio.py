"""Audio: `speech` (bytes, or written to a file as it arrives), `transcription`, `translation`.

The fake's speech is not real audio, but it carries its text, and the fake's transcription
reads that text back: speech -> transcription round-trips, as it would against the API.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from endpoints_support import sent_form
from oai import APIError
from oai.testing import FakeOpenAI, Reply
from oai.testing._media import FAKE_AUDIO_MAGIC
from oai_api.models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from oai_api.models.create_transcription_response_json import CreateTranscriptionResponseJson
from oai_api.models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from oai_api.models.create_translation_response_json import CreateTranslationResponseJson
from oai_api.models.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from oai_api.models.error_response import ErrorResponse
from wrapper_support import resolve

TEXT = "The quick brown fox jumped over the lazy dog"


def fake_audio(text: str = TEXT) -> bytes:
    """What the fake's speech endpoint would send for `text` (enough of it to be read back)."""
    return FAKE_AUDIO_MAGIC + text.encode() + b"\n" + bytes(300)


# -- speech ------------------------------------------------------------------------------------


async def test_speech_returns_the_audio_bytes(anyclient: Any, server: FakeOpenAI) -> None:
    status, audio = await resolve(anyclient.speech(TEXT))
    assert status == 200
    assert isinstance(audio, bytes)
    assert audio.startswith(FAKE_AUDIO_MAGIC + TEXT.encode())
    assert len(audio) > 9 * 1024  # sent in many 1 KiB pieces, joined again
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/audio/speech")
    assert request.json() == {"input": TEXT, "model": "gpt-4o-mini-tts", "voice": "alloy"}
    # Audio is what is asked for, not the client's default `application/json`.
    assert request.headers["Accept"] == "*/*"
    assert request.headers["Content-Type"] == "application/json"


async def test_speech_options(anyclient: Any, server: FakeOpenAI) -> None:
    options = {"model": "tts-1", "voice": "nova", "response_format": "wav"}
    status, audio = await resolve(anyclient.speech("Hi", options, speed=1.5))
    assert status == 200
    assert audio.startswith(FAKE_AUDIO_MAGIC)
    assert server.last_request.json() == {
        "input": "Hi",
        "model": "tts-1",
        "voice": "nova",
        "response_format": "wav",
        "speed": 1.5,
    }


async def test_speech_to_a_path(anyclient: Any, tmp_path: Path) -> None:
    _, audio = await resolve(anyclient.speech(TEXT))
    target = tmp_path / "speech.mp3"
    status, written = await resolve(anyclient.speech(TEXT, to=target))
    assert (status, written) == (200, len(audio))
    assert target.read_bytes() == audio


async def test_speech_to_a_string_path_replaces_the_file(anyclient: Any, tmp_path: Path) -> None:
    target = tmp_path / "speech.mp3"
    target.write_bytes(b"old" * 10_000)
    status, written = await resolve(anyclient.speech("Hi", to=str(target)))
    assert status == 200
    assert target.read_bytes().startswith(FAKE_AUDIO_MAGIC + b"Hi")
    assert target.stat().st_size == written


async def test_speech_to_a_file_object(anyclient: Any) -> None:
    buffer = io.BytesIO(b"kept:")
    buffer.seek(0, io.SEEK_END)
    status, written = await resolve(anyclient.speech("Hi", to=buffer))
    assert status == 200
    value = buffer.getvalue()
    assert value[:5] == b"kept:"  # written where the caller's file stood, not over it
    assert value[5:].startswith(FAKE_AUDIO_MAGIC + b"Hi\n")
    assert len(value) == 5 + written
    assert not buffer.closed


async def test_speech_error_is_a_value_and_writes_nothing(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    server.enqueue(Reply.error(400, "Invalid voice", param="voice"))
    target = tmp_path / "speech.mp3"
    status, error = await resolve(anyclient.speech("Hi", voice="nobody", to=target))
    assert status == 400
    assert isinstance(error, ErrorResponse)
    assert error.error.param == "voice"
    assert not target.exists()


async def test_speech_refuses_event_streams_and_non_text(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(ValueError, match="stream_format='sse' is not supported"):
        await resolve(anyclient.speech("Hi", stream_format="sse"))
    with pytest.raises(TypeError, match="input must be the text to speak"):
        await resolve(anyclient.speech(b"Hi"))
    with pytest.raises(ValueError, match=r"unknown speech field\(s\): voices"):
        await resolve(anyclient.speech("Hi", voices="nova"))
    assert server.requests == []


# -- transcription -----------------------------------------------------------------------------


async def test_transcription_of_a_path(anyclient: Any, server: FakeOpenAI, tmp_path: Path) -> None:
    path = tmp_path / "speech.mp3"
    path.write_bytes(fake_audio())
    status, transcript = await resolve(anyclient.transcription(path))
    assert status == 200
    assert isinstance(transcript, CreateTranscriptionResponseJson)
    assert transcript.text == TEXT
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/audio/transcriptions")
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    form = sent_form(request)
    assert form.fields == {"model": ["whisper-1"]}
    assert form.files["file"].filename == "speech.mp3"
    assert form.files["file"].content_type == "audio/mpeg"
    assert form.files["file"].content == fake_audio()


async def test_speech_round_trips_through_transcription(anyclient: Any) -> None:
    _, audio = await resolve(anyclient.speech("Hello from the fake"))
    status, transcript = await resolve(anyclient.transcription(("hello.mp3", audio)))
    assert status == 200
    assert transcript.text == "Hello from the fake"


async def test_verbose_json_parses_as_the_verbose_model(anyclient: Any, server: FakeOpenAI) -> None:
    status, transcript = await resolve(
        anyclient.transcription(
            ("a.mp3", fake_audio()),
            {"response_format": "verbose_json", "language": "en"},
            timestamp_granularities=["word", "segment"],
            temperature=0,
        )
    )
    assert status == 200
    assert isinstance(transcript, CreateTranscriptionResponseVerboseJson)
    assert transcript.text == TEXT
    assert transcript.language == "english"
    assert transcript.duration == pytest.approx(3.6)
    assert [word.word for word in transcript.words] == TEXT.split()
    assert transcript.words[1].start == pytest.approx(0.4)
    assert transcript.segments[0].text == TEXT
    assert sent_form(server.last_request).fields == {
        "response_format": ["verbose_json"],
        "language": ["en"],
        "timestamp_granularities[]": ["word", "segment"],
        "temperature": ["0"],
        "model": ["whisper-1"],
    }


async def test_verbose_json_without_its_fields_is_an_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    # A server that ignores `verbose_json` and sends plain JSON did not answer what was asked.
    server.enqueue(Reply.json({"text": "hi"}))
    with pytest.raises(APIError, match="createTranscription answered 200 without duration"):
        await resolve(anyclient.transcription(b"x", response_format="verbose_json"))


async def test_diarized_json(anyclient: Any) -> None:
    status, transcript = await resolve(
        anyclient.transcription(
            fake_audio(), model="gpt-4o-transcribe-diarize", response_format="diarized_json"
        )
    )
    assert status == 200
    assert isinstance(transcript, CreateTranscriptionResponseDiarizedJson)
    assert transcript.segments[0].speaker == "A"
    assert transcript.segments[0].text == TEXT


@pytest.mark.parametrize(
    ("response_format", "expected"),
    [
        ("text", f"{TEXT}\n"),
        ("srt", f"1\n00:00:00,000 --> 00:00:03,600\n{TEXT}\n\n"),
        ("vtt", f"WEBVTT\n\n00:00:00.000 --> 00:00:03.600\n{TEXT}\n\n"),
    ],
)
async def test_text_formats_are_strings(
    anyclient: Any, response_format: str, expected: str
) -> None:
    status, transcript = await resolve(
        anyclient.transcription(fake_audio(), response_format=response_format)
    )
    assert status == 200
    assert transcript == expected


async def test_any_other_audio_gets_a_transcript_naming_it(anyclient: Any) -> None:
    audio = io.BytesIO(b"RIFF....WAVE")
    audio.name = "/somewhere/meeting.wav"
    status, transcript = await resolve(anyclient.transcription(audio))
    assert status == 200
    assert transcript.text == "This is a transcript of meeting.wav (12 bytes)."


async def test_transcription_error_status_is_a_value(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(413, "File too large", type="invalid_request_error"))
    status, error = await resolve(anyclient.transcription(b"x", response_format="text"))
    assert status == 413
    assert isinstance(error, ErrorResponse)
    assert error.error.message == "File too large"


@pytest.mark.parametrize(
    ("file", "params", "error", "match"),
    [
        ("/no/such/audio.mp3", {}, ValueError, "file '/no/such/audio.mp3' does not exist"),
        (io.StringIO("x"), {}, TypeError, "binary mode"),
        (b"x", {"response_format": 1}, TypeError, "response_format must be a string"),
        (b"x", {"stream": True}, ValueError, "returns whole answers"),
        (b"x", {"languag": "en"}, ValueError, r"unknown transcription field\(s\): languag"),
    ],
)
async def test_bad_transcription_refused_before_sending(
    anyclient: Any,
    server: FakeOpenAI,
    file: Any,
    params: dict[str, Any],
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await resolve(anyclient.transcription(file, **params))
    assert server.requests == []


# -- translation -------------------------------------------------------------------------------


async def test_translation(anyclient: Any, server: FakeOpenAI) -> None:
    status, translated = await resolve(anyclient.translation(("german.mp3", fake_audio())))
    assert status == 200
    assert isinstance(translated, CreateTranslationResponseJson)
    assert translated.text == TEXT
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/audio/translations")
    assert sent_form(request).fields == {"model": ["whisper-1"]}


async def test_translation_verbose_and_text(anyclient: Any) -> None:
    status, verbose = await resolve(
        anyclient.translation(fake_audio(), response_format="verbose_json")
    )
    assert status == 200
    assert isinstance(verbose, CreateTranslationResponseVerboseJson)
    assert verbose.segments[0].text == TEXT
    status, text = await resolve(anyclient.translation(fake_audio(), response_format="text"))
    assert (status, text) == (200, f"{TEXT}\n")


async def test_translation_has_no_diarized_format(anyclient: Any, server: FakeOpenAI) -> None:
    # Not a JSON format translation() knows, so the answer would be read as text; the server
    # refuses it, and its error comes back as a value like any other.
    status, error = await resolve(anyclient.translation(b"x", response_format="diarized_json"))
    assert status == 400
    assert isinstance(error, ErrorResponse)
    assert error.error.param == "response_format"
    assert sent_form(server.last_request).value("response_format") == "diarized_json"


async def test_an_unknown_format_is_read_as_text(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.raw("<transcript/>", content_type="application/xml"))
    status, transcript = await resolve(anyclient.transcription(b"x", response_format="xml"))
    assert (status, transcript) == (200, "<transcript/>")
