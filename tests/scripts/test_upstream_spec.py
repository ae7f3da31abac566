"""The public OpenAI spec, generated once for the module (slow: ~15-30 s), when it is present."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from scripts_support import PUBLIC_SPEC, fixes, generate, import_all, own_oai_api

pytestmark = [
    pytest.mark.upstream,
    pytest.mark.skipif(not PUBLIC_SPEC.exists(), reason=f"public spec not found at {PUBLIC_SPEC}"),
]


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """The generated package's folder, and every module name, all imported."""
    package = generate(PUBLIC_SPEC, tmp_path_factory.mktemp("public"))
    with own_oai_api(package.parent):
        names, failures = import_all(package.parent)
        assert not failures
        sys.path.insert(0, str(package.parent))
        try:
            yield package.parent, names
        finally:
            sys.path.remove(str(package.parent))


def test_every_operation_is_generated_and_imports(public: tuple[Path, list[str]]) -> None:
    _, names = public
    endpoints = [name for name in names if name.count(".") == 3 and ".api." in name]
    assert len(endpoints) == 288


def test_spec_examples_round_trip(public: tuple[Path, list[str]]) -> None:
    import measure_examples as m
    from gen import load_spec

    spec = fixes.normalize(load_spec(PUBLIC_SPEC))
    result = m.measure(m.Measurer(spec, public[0]), list(m.collect(spec)))
    measured = result.passed + len(result.failures)
    assert result.passed / measured >= 0.99, result.failures


def _parse(module: Any, body: Any) -> Any:
    from oai_api.client import Client

    answer = httpx.Response(200, json=body)
    return module._parse_response(client=Client(base_url="http://x"), response=answer)


def test_union_choice_public_verbose_transcription_parses_as_verbose(public: Any) -> None:
    from oai_api.api.audio import create_transcription
    from oai_api.models import CreateTranscriptionResponseJson as Plain
    from oai_api.models import CreateTranscriptionResponseVerboseJson as Verbose

    segment = {"id": 0, "seek": 0, "start": 0.0, "end": 1.0, "text": "hi", "tokens": [1]}
    segment |= {"temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.0}
    segment |= {"no_speech_prob": 0.0}
    verbose = {"task": "transcribe", "language": "english", "duration": 1.0, "text": "hi"}
    verbose |= {"segments": [segment], "usage": {"type": "duration", "seconds": 1}}
    parsed = _parse(create_transcription, verbose)
    assert isinstance(parsed, Verbose)
    assert parsed.to_dict() == verbose
    assert isinstance(_parse(create_transcription, {"text": "hi"}), Plain)


def test_union_choice_error_member_is_chosen_by_type(public: Any) -> None:
    from oai_api.models import ChatCompletionModeration
    from oai_api.models import ChatCompletionModerationError as Error
    from oai_api.models import ChatCompletionModerationResults as Results

    body = {
        "input": {"type": "error", "code": "timeout", "message": "m"},
        "output": {"type": "moderation_results", "results": []},
    }
    parsed = ChatCompletionModeration.from_dict(body)
    assert isinstance(parsed.input_, Error)
    assert isinstance(parsed.output, Results)


def test_undeclared_bodies_delete_returns_the_json(public: Any) -> None:
    from oai_api.api.responses import delete_response

    deleted = {"id": "resp_1", "object": "response", "deleted": True}
    assert _parse(delete_response, deleted) == deleted


HISTORY = PUBLIC_SPEC.parent.parent / "openai-openapi-history"


@pytest.mark.skipif(not HISTORY.is_dir(), reason=f"no earlier public specs at {HISTORY}")
@pytest.mark.parametrize("name", sorted(p.name for p in HISTORY.glob("*.yaml")) or ["none"])
def test_allof_unions_every_earlier_public_spec_generates(name: str, tmp_path: Path) -> None:
    """`make gen SPEC=` works on the published specs we have, not only the latest one."""
    package = generate(HISTORY / name, tmp_path)  # exits on any generator warning
    endpoints = list((package / "api").glob("*/*.py"))
    assert len([p for p in endpoints if p.name != "__init__.py"]) >= 250
