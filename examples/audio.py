"""Audio: speech streamed to a file as it arrives, then transcribed back into text."""

import os
import tempfile
from pathlib import Path

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
path = Path(tempfile.gettempdir()) / "oai-example-speech.mp3"

status, written = client.speech(
    "Hello from oai. This sentence went to speech and back.",
    {"model": "gpt-4o-mini-tts", "voice": "alloy"},
    to=path,  # without to=, the audio's bytes are returned instead
)
if status != 200:
    raise SystemExit(f"speech failed: {status} {written}")
print(f"wrote {written} bytes of audio to {path.name}")

status, transcript = client.transcription(path, {"model": "whisper-1"})
if status != 200:
    raise SystemExit(f"transcription failed: {status} {transcript}")
print("transcript:", transcript.text)

# verbose_json brings timings: the answer is then the verbose model, with words and segments.
status, verbose = client.transcription(
    path, model="whisper-1", response_format="verbose_json", timestamp_granularities=["word"]
)
if status != 200:
    raise SystemExit(f"transcription failed: {status} {verbose}")
first = verbose.words[0]
print(f"{len(verbose.words)} words in {verbose.duration:.1f} s; first: {first.word!r}")

status, subtitles = client.transcription(path, model="whisper-1", response_format="srt")
if status != 200:
    raise SystemExit(f"transcription failed: {status} {subtitles}")
print("as subtitles:", subtitles.splitlines()[:2])
