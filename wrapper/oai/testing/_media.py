"""The stateless built-in endpoints: completions, embeddings, moderations, images and audio.

Every answer follows from the request alone, so tests can predict it:

* ``POST /v1/completions``: each choice's text is ``"You said: <prompt>"``.
* ``POST /v1/embeddings``: one unit-length vector per input, ``dimensions`` long (1536 unless
  asked, 3072 for ``text-embedding-3-large``), derived from a hash of the model and the text.
* ``POST /v1/moderations``: an input is flagged when it contains a word of ``FLAGGED_WORDS``.
* ``POST /v1/images/generations``, ``/edits`` and ``/variations``: ``n`` small PNGs, as
  ``b64_json`` (or ``data:`` URLs when ``response_format="url"``, the default of variations),
  their colour chosen by the prompt and the bytes of the images sent. With ``stream`` (and
  ``partial_images``, 0 to 3) a generation or an edit is sent as the API streams it: that many
  partial images, then the completed one, as server-sent events.
* ``POST /v1/audio/speech``: bytes that are not real audio but carry the text, sent in pieces;
  ``POST /v1/audio/transcriptions`` and ``/translations`` read that text back out of them (any
  other file gets a transcript naming it), in every ``response_format``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import struct
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._chat import CREATED, reply_text_for
from ._forms import Form, invalid, read_form, read_json
from ._forms import _headers as _form_headers
from ._forms import _params as _form_params
from ._replies import Reply
from ._request import RecordedRequest

__all__ = [
    "FAKE_AUDIO_MAGIC",
    "FLAGGED_WORDS",
    "completion",
    "embedding_vector",
    "embeddings",
    "image_edit",
    "image_generation",
    "image_variation",
    "moderation",
    "speech",
    "transcript",
]

#: Words that get an input flagged by the fake moderation endpoint, with their category.
FLAGGED_WORDS: Mapping[str, str] = {
    "kill": "violence",
    "attack": "violence",
    "hate": "hate",
    "idiot": "harassment",
}
_CATEGORIES = (
    "hate",
    "hate/threatening",
    "harassment",
    "harassment/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
# The categories the API also applies to images.
_IMAGE_CATEGORIES = frozenset(
    {
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "violence",
        "violence/graphic",
    }
)
#: The start of every fake speech file; the transcription endpoints look for it.
FAKE_AUDIO_MAGIC = b"OAI-FAKE-AUDIO\n"
_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/ogg",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}
_AUDIO_PIECE = 1024
_SECONDS_PER_WORD = 0.4
_MAX_IMAGES = 10


# -- completions -------------------------------------------------------------------------------


def completion(request: RecordedRequest, seq: int) -> Reply:
    body = read_json(request)
    if isinstance(body, Reply):
        return body
    problem = _needs_model(body) or _needs(body, "prompt")
    if problem is not None:
        return problem
    prompt = body["prompt"]
    prompts = prompt if isinstance(prompt, list) and prompt and not _is_tokens(prompt) else [prompt]
    n = body.get("n") or 1
    choices: list[dict[str, Any]] = []
    for number, each in enumerate(prompts):
        text = reply_text_for([{"role": "user", "content": _prompt_text(each)}])
        if body.get("echo"):
            text = _prompt_text(each) + text
        for copy in range(n):
            index = number * n + copy
            choices.append(
                {
                    "index": index,
                    "text": f"{text} (choice {index})" if index else text,
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            )
    prompt_tokens = sum(_words(_prompt_text(each)) for each in prompts)
    completion_tokens = sum(_words(choice["text"]) for choice in choices)
    return Reply.json(
        {
            "id": f"cmpl-{seq}",
            "object": "text_completion",
            "created": CREATED,
            "model": body["model"],
            "system_fingerprint": "fp_fake",
            "choices": choices,
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


# -- embeddings --------------------------------------------------------------------------------


def embedding_vector(text: str, dimensions: int = 1536, model: str = "") -> list[float]:
    """The vector the fake embeds ``text`` as: deterministic, unit length, ``dimensions`` long."""
    values: list[float] = []
    counter = 0
    seed = f"{model}\0{text}".encode()
    while len(values) < dimensions:
        digest = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        values.extend((value - 32767.5) / 32767.5 for value in struct.unpack(">16H", digest))
        counter += 1
    del values[dimensions:]
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return [value / norm for value in values]


def embeddings(request: RecordedRequest, seq: int) -> Reply:
    body = read_json(request)
    if isinstance(body, Reply):
        return body
    problem = _needs_model(body) or _needs(body, "input")
    if problem is not None:
        return problem
    raw = body["input"]
    inputs = raw if isinstance(raw, list) and raw and not _is_tokens(raw) else [raw]
    if not inputs or any(each in ("", []) for each in inputs):
        return invalid("'input' cannot be an empty string or array.", param="input")
    model = body["model"]
    dimensions = body.get("dimensions", 3072 if model == "text-embedding-3-large" else 1536)
    if not isinstance(dimensions, int) or isinstance(dimensions, bool) or dimensions < 1:
        return invalid("Invalid 'dimensions': expected a positive integer.", param="dimensions")
    encoding = body.get("encoding_format", "float")
    if encoding not in ("float", "base64"):
        return invalid(f"Invalid 'encoding_format': {encoding!r}.", param="encoding_format")
    data = []
    for index, each in enumerate(inputs):
        vector = embedding_vector(_prompt_text(each), dimensions, model)
        encoded: Any = vector
        if encoding == "base64":
            encoded = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": encoded})
    tokens = sum(_words(_prompt_text(each)) for each in inputs)
    return Reply.json(
        {
            "object": "list",
            "data": data,
            "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


# -- moderations -------------------------------------------------------------------------------


def moderation(request: RecordedRequest, seq: int) -> Reply:
    body = read_json(request)
    if isinstance(body, Reply):
        return body
    problem = _needs(body, "input")
    if problem is not None:
        return problem
    raw = body["input"]
    if isinstance(raw, list) and raw and all(isinstance(part, Mapping) for part in raw):
        inputs: list[Any] = [raw]  # one multimodal input made of parts
    else:
        inputs = raw if isinstance(raw, list) else [raw]
    return Reply.json(
        {
            "id": f"modr-{seq}",
            "model": body.get("model") or "omni-moderation-latest",
            "results": [_moderation_result(each) for each in inputs],
        }
    )


def _moderation_result(value: Any) -> dict[str, Any]:
    parts = value if isinstance(value, list) else [value]
    texts = [p if isinstance(p, str) else str(p.get("text", "")) for p in parts if _is_text(p)]
    has_image = any(isinstance(p, Mapping) and p.get("type") == "image_url" for p in parts)
    words = {word.strip(".,!?;:'\"").lower() for text in texts for word in text.split()}
    hit = {category for word, category in FLAGGED_WORDS.items() if word in words}
    return {
        "flagged": bool(hit),
        "categories": {name: name in hit for name in _CATEGORIES},
        "category_scores": {name: 0.97 if name in hit else 0.0001 for name in _CATEGORIES},
        "category_applied_input_types": {
            name: ["text", "image"] if has_image and name in _IMAGE_CATEGORIES else ["text"]
            for name in _CATEGORIES
        },
    }


def _is_text(part: Any) -> bool:
    return isinstance(part, str) or (isinstance(part, Mapping) and part.get("type") == "text")


# -- images ------------------------------------------------------------------------------------


def image_generation(request: RecordedRequest, seq: int) -> Reply:
    body = read_json(request)
    if isinstance(body, Reply):
        return body
    prompt = body.get("prompt")
    if not isinstance(prompt, str) or not prompt:
        return invalid("Missing required parameter: 'prompt'.", param="prompt")
    job = _image_job(body, seed=prompt, prompt=prompt, kind="image_generation")
    return job if isinstance(job, Reply) else job.answer()


def image_edit(request: RecordedRequest, seq: int) -> Reply:
    """``POST /v1/images/edits``: the images follow from the prompt and the bytes sent."""
    form = read_form(request)
    if isinstance(form, Reply):
        return form
    images = _form_files(request, ("image", "image[]"))
    if not images:
        return invalid("Missing required parameter: 'image'.", param="image")
    prompt = form.value("prompt")
    if not prompt:
        return invalid("Missing required parameter: 'prompt'.", param="prompt")
    mask = form.files.get("mask")
    digest = hashlib.sha256()
    for content in images + ([mask.content] if mask is not None else []):
        digest.update(hashlib.sha256(content).digest())
    fields = {name: form.value(name) for name in form.fields}
    # GPT image models always answer base64; dall-e-2 sends URLs unless asked otherwise.
    default_format = "url" if fields.get("model") == "dall-e-2" else "b64_json"
    job = _image_job(
        {"response_format": default_format, **fields},
        seed=f"edit\0{prompt}\0{digest.hexdigest()}",
        prompt=prompt,
        kind="image_edit",
        input_images=len(images),
    )
    return job if isinstance(job, Reply) else job.answer()


def image_variation(request: RecordedRequest, seq: int) -> Reply:
    """``POST /v1/images/variations`` (``dall-e-2`` only): no prompt, so the image is the seed."""
    form = read_form(request)
    if isinstance(form, Reply):
        return form
    upload = form.files.get("image")
    if upload is None:
        return invalid("Missing required parameter: 'image'.", param="image")
    fields = {name: form.value(name) for name in form.fields}
    size = fields.get("size")
    if size is not None and size not in _VARIATION_SIZES:
        return invalid(
            f"Invalid 'size': {size!r}; expected one of {list(_VARIATION_SIZES)}.", param="size"
        )
    if fields.get("stream") is not None:
        return invalid("Unknown parameter: 'stream'.", param="stream")
    job = _image_job(
        {"response_format": "url", **fields},
        seed=f"variation\0{hashlib.sha256(upload.content).hexdigest()}",
        prompt="",
        kind="image_variation",
        input_images=1,
    )
    return job if isinstance(job, Reply) else job.answer()


_VARIATION_SIZES = ("256x256", "512x512", "1024x1024")
_STREAMED_SIZES = ("1024x1024", "1024x1536", "1536x1024", "auto")
_QUALITIES = ("low", "medium", "high", "auto")
_BACKGROUNDS = ("transparent", "opaque", "auto")
_OUTPUT_FORMATS = ("png", "webp", "jpeg")
_MAX_PARTIAL_IMAGES = 3
_IMAGE_TOKENS = 272  # what a low-quality square image costs a GPT image model, in or out


@dataclass(frozen=True)
class _ImageJob:
    """One images request, checked: how many to draw, how to send them, streamed or not."""

    kind: str
    seed: str
    prompt: str
    n: int
    response_format: str
    stream: bool
    partial_images: int
    size: str
    quality: str
    background: str
    output_format: str
    input_images: int

    def image(self, index: int, partial: int | None = None) -> str:
        """Image ``index`` (or partial image ``partial`` of it), base64-encoded."""
        step = "" if partial is None else f"\0partial {partial}"
        return base64.b64encode(_png(f"{self.seed}\0{index}{step}")).decode()

    def answer(self) -> Reply:
        if self.stream:
            return Reply.sse(self.events(), done=False)
        data: list[dict[str, Any]] = []
        for index in range(self.n):
            encoded = self.image(index)
            if self.response_format == "url":
                data.append({"url": f"data:image/png;base64,{encoded}"})
            else:
                data.append({"b64_json": encoded})
        return Reply.json({"created": CREATED, "data": data})

    def events(self) -> list[str]:
        """``partial_images`` partial images then the finished one, for each image asked for.

        Each event has its ``event:`` line, as the API frames them; no ``[DONE]`` follows, the
        completed event ends the stream.
        """
        settings = {
            "created_at": CREATED,
            "size": self.size,
            "quality": self.quality,
            "background": self.background,
            "output_format": self.output_format,
        }
        sent: list[str] = []
        for index in range(self.n):
            for partial in range(self.partial_images):
                sent.append(
                    _event(
                        f"{self.kind}.partial_image",
                        b64_json=self.image(index, partial),
                        **settings,
                        partial_image_index=partial,
                    )
                )
            sent.append(
                _event(
                    f"{self.kind}.completed",
                    b64_json=self.image(index),
                    **settings,
                    usage=self.usage(),
                )
            )
        return sent

    def usage(self) -> dict[str, Any]:
        text_tokens = _words(self.prompt)
        image_tokens = self.input_images * _IMAGE_TOKENS
        input_tokens = text_tokens + image_tokens
        return {
            "total_tokens": input_tokens + _IMAGE_TOKENS,
            "input_tokens": input_tokens,
            "output_tokens": _IMAGE_TOKENS,
            "input_tokens_details": {"text_tokens": text_tokens, "image_tokens": image_tokens},
        }


def _event(kind: str, **fields: Any) -> str:
    data = {"type": kind, **fields}
    return f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


def _image_job(
    params: Mapping[str, Any], *, seed: str, prompt: str, kind: str, input_images: int = 0
) -> _ImageJob | Reply:
    """The request's settings, checked; ``params`` is a JSON body or a form's fields (strings,
    which are read as the JSON values they spell)."""
    n = _integer(params.get("n"), 1)
    if n is None or not 1 <= n <= _MAX_IMAGES:
        return invalid(f"Invalid 'n': expected an integer between 1 and {_MAX_IMAGES}.", param="n")
    response_format = params.get("response_format") or "b64_json"
    if response_format not in ("b64_json", "url"):
        return invalid(f"Invalid 'response_format': {response_format!r}.", param="response_format")
    stream = params.get("stream")
    if stream in ("true", "false"):
        stream = stream == "true"
    if stream is not None and not isinstance(stream, bool):
        return invalid("Invalid 'stream': expected a boolean.", param="stream")
    partial_images = _integer(params.get("partial_images"), 0)
    if partial_images is None or not 0 <= partial_images <= _MAX_PARTIAL_IMAGES:
        return invalid(
            f"Invalid 'partial_images': expected an integer between 0 and {_MAX_PARTIAL_IMAGES}.",
            param="partial_images",
        )
    settings: dict[str, str] = {}
    for name, allowed, default in (
        ("quality", _QUALITIES, "auto"),
        ("background", _BACKGROUNDS, "auto"),
        ("output_format", _OUTPUT_FORMATS, "png"),
    ):
        value = params.get(name) or default
        if stream and value not in allowed:
            return invalid(
                f"Invalid '{name}': {value!r}; expected one of {list(allowed)}.", param=name
            )
        settings[name] = str(value)
    size = str(params.get("size") or "auto")
    if stream and size not in _STREAMED_SIZES:
        return invalid(
            f"Invalid 'size': {size!r}; streamed images are one of {list(_STREAMED_SIZES)}.",
            param="size",
        )
    return _ImageJob(
        kind=kind,
        seed=seed,
        prompt=prompt,
        n=n,
        response_format=str(response_format),
        stream=stream is True,
        partial_images=partial_images,
        size=size,
        input_images=input_images,
        **settings,
    )


def _integer(value: Any, default: int) -> int | None:
    """An integer parameter, from JSON or from a form field; None when it is not one."""
    if value is None:
        return default
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _form_files(request: RecordedRequest, names: tuple[str, ...]) -> list[bytes]:
    """Every file sent under one of ``names``, in order.

    ``Form.files`` keeps one file per name, but an edit may send several images under the one
    name (``image[]``, or ``image`` repeated), so the parts are counted here.
    """
    boundary = _form_params(request.headers.get("content-type", "")).get("boundary", "")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    found: list[bytes] = []
    for section in (b"\r\n" + request.body).split(delimiter)[1:-1]:
        head, _, content = section.partition(b"\r\n\r\n")
        disposition = _form_params(_form_headers(head).get("content-disposition", ""))
        if disposition.get("name") in names and "filename" in disposition:
            found.append(content)
    return found


def _png(seed: str, size: int = 8) -> bytes:
    """A valid ``size`` x ``size`` PNG of one colour chosen by ``seed``."""
    red, green, blue = hashlib.sha256(seed.encode()).digest()[:3]
    row = b"\x00" + bytes((red, green, blue)) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(row * size))
        + _png_chunk(b"IEND", b"")
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


# -- audio -------------------------------------------------------------------------------------


def speech(request: RecordedRequest, seq: int) -> Reply:
    """Fake audio, sent with chunked encoding in pieces, as a real stream of audio arrives."""
    body = read_json(request)
    if isinstance(body, Reply):
        return body
    problem = _needs_model(body) or _needs(body, "input") or _needs(body, "voice")
    if problem is not None:
        return problem
    response_format = body.get("response_format") or "mp3"
    if response_format not in _AUDIO_TYPES:
        return invalid(f"Invalid 'response_format': {response_format!r}.", param="response_format")
    text = str(body["input"])
    audio = FAKE_AUDIO_MAGIC + text.encode() + b"\n" + _filler(text)
    pieces = [audio[i : i + _AUDIO_PIECE] for i in range(0, len(audio), _AUDIO_PIECE)]
    return Reply.sse(pieces, done=False, headers={"Content-Type": _AUDIO_TYPES[response_format]})


def _filler(text: str) -> bytes:
    """Padding that makes the audio about as long as speaking ``text`` would, in 1 KiB a word."""
    return bytes(range(256)) * 4 * max(_words(text), 1)


def transcript(audio: bytes, filename: str) -> str:
    """The text the fake hears in ``audio``: what fake speech says, else a note naming the file."""
    if audio.startswith(FAKE_AUDIO_MAGIC):
        spoken, _, _ = audio[len(FAKE_AUDIO_MAGIC) :].partition(b"\n")
        return spoken.decode("utf-8", errors="replace")
    return f"This is a transcript of {filename} ({len(audio)} bytes)."


def transcription(request: RecordedRequest, seq: int) -> Reply:
    return _audio_text(request, task="transcribe")


def translation(request: RecordedRequest, seq: int) -> Reply:
    return _audio_text(request, task="translate")


def _audio_text(request: RecordedRequest, *, task: str) -> Reply:
    form = read_form(request)
    if isinstance(form, Reply):
        return form
    upload = form.files.get("file")
    if upload is None:
        return invalid("Missing required parameter: 'file'.", param="file")
    if not form.value("model"):
        return invalid("Missing required parameter: 'model'.", param="model")
    response_format = form.value("response_format") or "json"
    formats: tuple[str, ...] = ("json", "text", "srt", "vtt", "verbose_json")
    if task == "transcribe":
        formats += ("diarized_json",)
    if response_format not in formats:
        return invalid(f"Invalid 'response_format': {response_format!r}.", param="response_format")
    text = transcript(upload.content, upload.filename)
    duration = round(max(_words(text), 1) * _SECONDS_PER_WORD, 2)
    if response_format in ("text", "srt", "vtt"):
        return Reply.raw(_subtitles(response_format, text, duration))
    usage = {"type": "duration", "seconds": math.ceil(duration)}
    if response_format == "json":
        return Reply.json(
            {"text": text, "usage": usage} if task == "transcribe" else {"text": text}
        )
    if response_format == "diarized_json":
        segment = {
            "type": "transcript.text.segment",
            "id": "seg_0",
            "start": 0.0,
            "end": duration,
            "text": text,
            "speaker": "A",
        }
        return Reply.json(
            {
                "task": task,
                "duration": duration,
                "text": text,
                "segments": [segment],
                "usage": usage,
            }
        )
    return Reply.json(_verbose(task, text, duration, form) | {"usage": usage})


def _verbose(task: str, text: str, duration: float, form: Form) -> dict[str, Any]:
    granularities = form.values("timestamp_granularities") or ["segment"]
    verbose: dict[str, Any] = {"task": task, "language": "english", "duration": duration}
    verbose["text"] = text
    if "segment" in granularities:
        verbose["segments"] = [
            {
                "id": 0,
                "seek": 0,
                "start": 0.0,
                "end": duration,
                "text": text,
                "tokens": list(range(1, _words(text) + 1)),
                "temperature": 0.0,
                "avg_logprob": -0.1,
                "compression_ratio": 1.0,
                "no_speech_prob": 0.0,
            }
        ]
    if "word" in granularities and task == "transcribe":
        verbose["words"] = [
            {
                "word": word,
                "start": round(i * _SECONDS_PER_WORD, 2),
                "end": round((i + 1) * _SECONDS_PER_WORD, 2),
            }
            for i, word in enumerate(text.split())
        ]
    return verbose


def _subtitles(response_format: str, text: str, duration: float) -> str:
    if response_format == "text":
        return text + "\n"
    end = _timestamp(duration, "," if response_format == "srt" else ".")
    start = _timestamp(0.0, "," if response_format == "srt" else ".")
    if response_format == "srt":
        return f"1\n{start} --> {end}\n{text}\n\n"
    return f"WEBVTT\n\n{start} --> {end}\n{text}\n\n"


def _timestamp(seconds: float, comma: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{comma}{millis:03d}"


# -- shared ------------------------------------------------------------------------------------


def _needs_model(body: Mapping[str, Any]) -> Reply | None:
    if not isinstance(body.get("model"), str) or not body["model"]:
        return invalid("you must provide a model parameter", param="model")
    return None


def _needs(body: Mapping[str, Any], name: str) -> Reply | None:
    if body.get(name) is None:
        return invalid(
            f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
        )
    return None


def _is_tokens(value: Sequence[Any]) -> bool:
    """A list of token ids (one input), as opposed to a list of inputs."""
    return all(isinstance(item, int) and not isinstance(item, bool) for item in value)


def _prompt_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return f"<{len(value)} tokens>"
    return json.dumps(value)


def _words(text: str) -> int:
    return len(text.split())
