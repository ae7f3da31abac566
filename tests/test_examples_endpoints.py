"""examples/embeddings.py, files.py, images.py and audio.py run and print what they should."""

from __future__ import annotations

from test_examples import run_example


def test_embeddings_example() -> None:
    out = run_example("embeddings.py")
    assert "embedded 3 texts as 256-dimensional vectors" in out
    assert out.count("similarity to 'The cat sat on the mat': ") == 2
    assert "'A kitten naps on a rug'" in out
    assert "tokens used: 17" in out
    assert "flagged: [False, True]" in out


def test_files_example() -> None:
    out = run_example("files.py")
    assert "uploaded oai-example-requests.jsonl (352 bytes, purpose batch)" in out
    assert "found it among the batch files: True" in out
    assert "read back unchanged: True" in out
    assert "batch validating: 2 requests" in out
    assert "after cancelling: cancelling" in out
    assert "deleted: True" in out


def test_images_example() -> None:
    out = run_example("images.py")
    assert "got 1 image; is it a PNG? True" in out
    assert "bytes to oai-example-lighthouse.png in the temporary folder" in out


def test_audio_example() -> None:
    out = run_example("audio.py")
    assert "bytes of audio to oai-example-speech.mp3" in out
    # The fake's speech carries its text and its transcription reads it back.
    assert "transcript: Hello from oai. This sentence went to speech and back." in out
    assert "10 words in 4.0 s; first: 'Hello'" in out
    assert "as subtitles: ['1', '00:00:00,000 --> 00:00:04,000']" in out
