"""How generated code parses: tolerant responses, strict requests, unions chosen by the data.

One small hand-made spec, generated once for the module (~2 s). Each test is named after the fix
it pins (`test_<fix>_...`, see scripts/README.md), names the patch or pass in its docstring where
it is one, and fails without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from scripts_support import STRING, enum, get, json_content, obj, ref, spec_with
from scripts_support import generated as generated_package

NUMBER = {"type": "number"}


def listing(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": schema}


SCHEMAS: dict[str, Any] = {
    # A transcription answer: three members without tags, told apart by their keys.
    "Usage": obj({"total": {"type": "integer"}}, ["total"]),
    "Segment": obj({"id": {"type": "integer"}, "start": NUMBER, "text": STRING}, ["id", "text"]),
    "SpeakerSegment": obj(
        {"type": enum("transcript.text.segment"), "speaker": STRING, "text": STRING},
        ["type", "speaker", "text"],
    ),
    "Plain": obj({"text": STRING, "usage": ref("Usage")}, ["text"]),
    "Verbose": obj(
        {
            "text": STRING,
            "language": STRING,
            "duration": NUMBER,
            "segments": listing(ref("Segment")),
        },
        ["text", "language", "duration"],
    ),
    "Diarized": obj(
        {
            "text": STRING,
            "task": STRING,
            "duration": NUMBER,
            "segments": listing(ref("SpeakerSegment")),
        },
        ["text", "task", "duration", "segments"],
    ),
    # Events told apart by `type`.
    "TextEvent": obj({"type": enum("text"), "text": STRING}, ["type", "text"]),
    "ErrorEvent": obj({"type": enum("error"), "message": STRING}, ["type", "message"]),
    "Feed": obj({"events": listing({"anyOf": [ref("TextEvent"), ref("ErrorEvent")]})}),
    # An open member first: only the tag value tells the data is the tagged one.
    "Loose": obj({"type": STRING, "text": STRING}),
    "Stream": obj({"item": {"anyOf": [ref("Loose"), ref("TextEvent")]}}),
    # Two members with the same keys: only a strict try tells them apart.
    "Part": obj({"kind": STRING}),
    "Listy": obj({"content": listing(ref("Part"))}),
    "Objy": obj({"content": ref("Part")}),
    "Holder": obj({"item": {"oneOf": [ref("Listy"), ref("Objy")]}}),
    # A model id: a known name or any other (the API's `anyOf: [string, enum]`).
    "Answer": obj({"model": {"anyOf": [STRING, enum("gpt-a", "gpt-b")]}, "at": STRING}),
    # A response model and a request-only model with enums.
    "Job": obj(
        {
            "status": enum("queued", "running"),
            "finish_reason": {"type": ["string", "null"], "enum": ["stop", None]},
        }
    ),
    "CreateJob": obj({"purpose": enum("a", "b")}, ["purpose"]),
    "ErrorResponse": obj({"error": obj({"message": STRING})}, ["error"]),
    # A union of one model and null (a chat chunk's `usage`), beside one of two models.
    "Note": obj(
        {
            "usage": {"anyOf": [ref("Usage"), {"type": "null"}]},
            "item": {"anyOf": [ref("Listy"), ref("Objy"), {"type": "null"}]},
        }
    ),
}

PATHS: dict[str, Any] = {
    "/transcriptions": get(
        "getTranscription", {"oneOf": [ref("Plain"), ref("Diarized"), ref("Verbose")]}
    ),
    "/feed": get("getFeed", ref("Feed")),
    "/holder": get("getHolder", ref("Holder")),
    "/jobs": {
        "post": {
            "operationId": "createJob",
            "requestBody": json_content(ref("CreateJob")),
            "responses": {
                "200": {"description": "ok", **json_content(ref("Job"))},
                "400": {"description": "refused", **json_content(ref("ErrorResponse"))},
            },
        }
    },
    "/jobs/{id}": {
        "delete": {
            "operationId": "deleteJob",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STRING}],
            "responses": {"200": {"description": "deleted, body not declared"}},
        }
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with generated_package(tmp_path_factory.mktemp("parsing"), spec_with(SCHEMAS, PATHS)) as root:
        yield root


def parse(operation: str, body: Any, *, status: int = 200, **response: Any) -> Any:
    import importlib

    from oai_api.client import Client

    module = importlib.import_module(f"oai_api.api.default.{operation}")
    if body is not None:
        response["json"] = body
    answer = httpx.Response(status, **response)
    return module._parse_response(client=Client(base_url="http://x"), response=answer)


# --- unions ----------------------------------------------------------------------------------

VERBOSE = {
    "task": "transcribe",  # declared by Diarized only, sent by the real API
    "language": "english",
    "duration": 1.5,
    "text": "hi there",
    "segments": [{"id": 0, "start": 0.0, "text": "hi there"}],
}


def test_union_choice_verbose_transcription_parses_as_the_verbose_model(package: Path) -> None:
    """Union construct: untagged members, the one declaring most of the data's keys, strictly."""
    from oai_api.models import Verbose

    parsed = parse("get_transcription", VERBOSE)
    assert isinstance(parsed, Verbose)
    assert parsed.to_dict() == VERBOSE


def test_union_choice_plain_and_diarized_transcriptions_parse_as_theirs(package: Path) -> None:
    from oai_api.models import Diarized, Plain

    plain = {"text": "hi", "usage": {"total": 3}}
    assert isinstance(parse("get_transcription", plain), Plain)
    diarized = {
        "task": "transcribe",
        "duration": 1.0,
        "text": "hi",
        "segments": [{"type": "transcript.text.segment", "speaker": "A", "text": "hi"}],
    }
    parsed = parse("get_transcription", diarized)
    assert isinstance(parsed, Diarized)
    assert parsed.to_dict() == diarized


def test_union_choice_event_member_is_chosen_by_type(package: Path) -> None:
    from oai_api.models import ErrorEvent, Feed, TextEvent

    feed = Feed.from_dict({"events": [{"type": "error", "message": "boom"}, {"type": "text"}]})
    assert isinstance(feed.events[0], ErrorEvent)
    assert isinstance(feed.events[1], TextEvent)  # a missing `text` does not make it an error


def test_union_choice_unique_tag_value_picks_its_member_first(package: Path) -> None:
    """Union dispatch: `Loose` comes first and would take the data (its `type` is any string)."""
    from oai_api.models import Loose, Stream, TextEvent

    assert isinstance(Stream.from_dict({"item": {"type": "text", "text": "t"}}).item, TextEvent)
    assert isinstance(Stream.from_dict({"item": {"type": "other", "text": "t"}}).item, Loose)


def test_union_choice_unknown_event_type_is_kept_as_it_came(package: Path) -> None:
    """Union construct: a value that no member takes is kept, not a failed response."""
    from oai_api.models import Feed, TextEvent

    body = {"events": [{"type": "new.kind", "n": 1}, {"type": "text", "text": "t"}]}
    feed = Feed.from_dict(body)
    assert feed.events[0] == {"type": "new.kind", "n": 1}
    assert isinstance(feed.events[1], TextEvent)
    assert feed.to_dict() == body


def test_union_choice_member_the_data_fits_strictly_wins(package: Path) -> None:
    """Union construct, strict pass: `Listy` would take the object tolerantly (kept raw)."""
    from oai_api.models import Holder, Objy

    body = {"item": {"content": {"kind": "k"}}}
    holder = Holder.from_dict(body)
    assert isinstance(holder.item, Objy)
    assert holder.to_dict() == body


def test_tolerant_responses_list_guard_keeps_a_string_whole(package: Path) -> None:
    """List guard: the string used to be iterated into a list of one-character items."""
    from oai_api.models import Feed

    feed = Feed.from_dict({"events": "ab"})
    assert feed.events == "ab"
    assert feed.to_dict() == {"events": "ab"}


class CountingFlag:
    """Stands in for a model module's `strict_parsing` and counts the strict passes begun."""

    def __init__(self, flag: Any) -> None:
        self.flag = flag
        self.passes = 0

    def get(self) -> bool:
        return bool(self.flag.get())

    def set(self, value: bool) -> Any:
        self.passes += 1
        return self.flag.set(value)

    def reset(self, token: Any) -> None:
        self.flag.reset(token)


def test_union_choice_one_model_and_null_skips_the_strict_pass(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Union construct: with one member to parse, a strict pass could only pick that member."""
    import oai_api._model as runtime
    from oai_api.models import Note, Objy, Usage

    flag = CountingFlag(runtime.strict_parsing)
    monkeypatch.setattr(runtime, "strict_parsing", flag)

    for body in ({"usage": {"total": 3}}, {"usage": {}}, {"usage": None}, {"usage": "odd"}):
        note = Note.from_dict(body)
        assert note.to_dict() == body
    assert flag.passes == 0
    assert isinstance(Note.from_dict({"usage": {}}).usage, Usage)  # fits tolerantly
    assert Note.from_dict({"usage": {}}).usage.total is None  # type: ignore[union-attr]
    assert Note.from_dict({"usage": "odd"}).usage == "odd"  # kept as it came

    assert isinstance(Note.from_dict({"item": {"content": {"kind": "k"}}}).item, Objy)
    assert flag.passes == 1  # two members: the strict pass still chooses between them


def test_model_tables_union_of_one_member_and_null_is_read_as_the_member(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_direct`: the reader calls the member of an `X | None` field, not the union, and reads
    what the union would: a model, a misfit kept as it came (a string, a list of pairs that
    `dict()` would take), a tag that is not the member's refused; the table keeps the union."""
    import oai_api._model as runtime
    from oai_api.models import Note, TextEvent, Usage

    union = runtime.one_of(runtime.member(Usage.__module__.rsplit(".", 1)[1], "Usage"), None)
    values = [{"total": 3}, {}, "odd", [["total", 1]]]
    expected = [union(value) for value in values]
    calls: list[Any] = []
    real = runtime.one_of.__call__

    def counted(self: Any, data: Any) -> Any:
        calls.append(data)
        return real(self, data)

    monkeypatch.setattr(runtime.one_of, "__call__", counted)
    notes = [Note.from_dict({"usage": value}) for value in values]
    assert calls == []
    for note, value, want in zip(notes, values, expected, strict=True):
        assert note.usage == want and type(note.usage) is type(want)
        assert note.to_dict() == {"usage": value}
    assert isinstance(notes[0].usage, Usage) and notes[3].usage == [["total", 1]]
    usage = next(field for field in runtime._table(Note).fields if field[1] == "usage")
    assert isinstance(usage[4], runtime.one_of)  # what `_input_items` and `webhooks` look at

    module = TextEvent.__module__.rsplit(".", 1)[1]
    tagged = runtime._direct(runtime.one_of(runtime.member(module, "TextEvent"), None))
    assert isinstance(tagged({"type": "text", "text": "hi"}), TextEvent)
    with pytest.raises(ValueError):
        tagged({"type": "error", "message": "no"})  # a misfit, which the reader keeps as it came
    json_only = runtime.one_of(str, None)
    assert runtime._direct(json_only) is json_only  # nothing to parse: `_parser` says so


# --- models read and written by their tables -------------------------------------------------


def test_model_tables_import_the_models_once_not_per_call(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generator's from_dict/to_dict ran `from ..models.usage import Usage` on every call."""
    import builtins

    from oai_api.models import Plain, Usage

    body = {"text": "hi", "usage": {"total": 3}}
    first = Plain.from_dict(body)  # binds Usage if nothing did before
    assert first.to_dict() == body

    imports: list[str] = []
    real_import = builtins.__import__

    def counting_import(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting_import)
    again = Plain.from_dict(body)
    written = again.to_dict()
    monkeypatch.undo()

    assert imports == []
    assert isinstance(again.usage, Usage)
    assert again == first
    assert written == body
    source = (package / "oai_api" / "models" / "plain.py").read_text()
    assert source.count("from ..models.usage import Usage\n") == 2  # TYPE_CHECKING, the table
    assert "def to_dict" not in source and "def from_dict" not in source  # Model's, once


def test_union_choice_string_or_enum_takes_any_string_without_trying_the_enum(
    package: Path,
) -> None:
    """An unlisted model id (a fine-tuned model's) failed every enum check first, each raising
    and formatting the whole list: twice the time of a Response parse."""
    from oai_api.models import Answer

    raised: list[str] = []

    def watch(frame: Any, event: str, arg: Any) -> Any:
        if event == "exception":
            raised.append(frame.f_code.co_name)
        return watch

    Answer.from_dict({"model": "gpt-a"})  # the union's plan is made
    sys.settrace(watch)
    try:
        unlisted = Answer.from_dict({"model": "ft:gpt-a:acme::x1"})
        listed = Answer.from_dict({"model": "gpt-b"})
    finally:
        sys.settrace(None)
    assert raised == []
    assert (unlisted.model, listed.model) == ("ft:gpt-a:acme::x1", "gpt-b")
    assert Answer.from_dict({"model": 3}).to_dict() == {"model": 3}  # tolerated as it came


# --- tolerant responses, strict requests ---------------------------------------------------------


def test_tolerant_responses_keep_an_unlisted_enum_value(package: Path) -> None:
    """Tolerant from_dict: a newer server's status does not fail the whole response."""
    from oai_api.models import Job

    body = {"status": "paused", "finish_reason": "content_filter", "extra": {"x": 1}}
    job = parse("create_job", body)
    assert isinstance(job, Job)
    assert (job.status, job.finish_reason) == ("paused", "content_filter")
    assert job.additional_properties == {"extra": {"x": 1}}
    assert job.to_dict() == body


def test_tolerant_responses_request_only_model_refuses_a_value(package: Path) -> None:
    """mark_request_only: the wrapper checks a caller's values through a request model."""
    from oai_api.models import CreateJob

    assert CreateJob.from_dict({"purpose": "a"}).purpose == "a"
    with pytest.raises(TypeError, match="zzz"):
        CreateJob.from_dict({"purpose": "zzz"})
    with pytest.raises(TypeError):
        CreateJob()  # type: ignore[call-arg]


def test_tolerant_responses_missing_fields_stay_missing(package: Path) -> None:
    from oai_api.models import Verbose

    verbose = Verbose.from_dict({"text": "t"})
    assert verbose.language is None
    assert verbose.to_dict() == {"text": "t"}


# --- undeclared bodies -----------------------------------------------------------------------


def test_undeclared_bodies_success_body_is_returned_as_it_came(package: Path) -> None:
    """undeclared_body: a DELETE declared without content used to return None."""
    from oai_api.api.default import delete_job

    assert callable(delete_job.sync)  # generated now that the answer is parsed
    deleted = {"id": "job_1", "object": "job.deleted", "deleted": True}
    assert parse("delete_job", deleted) == deleted
    assert parse("delete_job", None, content=b"") is None
    raw = parse("delete_job", None, content=b"\x00\x01", headers={"content-type": "audio/mp3"})
    assert raw == b"\x00\x01"


_MEMBER_PROBE = """
import sys
from oai_api.models.feed import Feed
loaded = lambda name: f"oai_api.models.{name}" in sys.modules
feed = Feed.from_dict({"events": [{"type": "text", "text": "t"}, "a string"]})
assert type(feed.events[0]).__name__ == "TextEvent" and feed.events[1] == "a string"
assert loaded("text_event") and not loaded("error_event")  # the tag picked; a string takes none
feed = Feed.from_dict({"events": [{"type": "error", "message": "m"}]})
assert loaded("error_event") and type(feed.events[0]).__name__ == "ErrorEvent"
union = Feed._table.fields[0][4].item
assert [m.__name__ for m in union.members] == ["TextEvent", "ErrorEvent"]  # imported, in order
print("ok")
"""


def test_model_tables_union_members_are_imported_when_data_first_takes_them(
    package: Path,
) -> None:
    """A union names its model members (`member`): reading a Response imported all 240 models
    its unions name; now a member loads when its tag first picks it."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    result = subprocess.run(
        [sys.executable, "-c", _MEMBER_PROBE], env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
    source = (package / "oai_api" / "models" / "feed.py").read_text()
    assert 'member("text_event", "TextEvent", ("type", "text"))' in source
    assert "import TextEvent\n" not in source.split("def _fields")[1]  # nothing to import there


# --- lazy models -----------------------------------------------------------------------------

_LAZY_PROBE = """
import sys
import oai_api.models as models
loaded = lambda: sorted(m for m in sys.modules if m.startswith("oai_api.models."))
assert loaded() == [], loaded()
assert "oai_api.client" not in sys.modules  # the package's client loads when asked for
import oai_api.models.usage  # by module, as the wrapper does: the index is not read
assert loaded() == ["oai_api.models.usage"], loaded()
finder = sys.path_importer_cache[models.__path__[0]]
assert type(finder).__name__ == "_ExactFinder", finder
assert not finder._path_cache, "the folder was listed"  # FileFinder's cache of its names
assert oai_api.models.usage.__cached__.endswith(".pyc")  # bytecode is still written and read
assert models.Job.__name__ == "Job"  # by name: the index is read
assert "oai_api.models._index" in loaded(), loaded()
assert "oai_api.models.job" in loaded() and len(loaded()) <= 5, loaded()
import oai_api.api.default.get_feed
assert "oai_api.models.verbose" not in loaded(), loaded()
assert set(models.__all__) <= set(dir(models))
star = {}
exec("from oai_api.models import *", star)
assert set(star) - {"__builtins__"} == set(models.__all__), sorted(star)
assert all(getattr(models, name) for name in models.__all__)
try:
    models.NoSuchModel
except AttributeError as error:
    assert "NoSuchModel" in str(error)
else:
    raise AssertionError("no AttributeError")
import pkgutil
assert "usage" in {m.name for m in pkgutil.iter_modules(models.__path__)}
from oai_api import AuthenticatedClient, Client
assert AuthenticatedClient.__module__ == Client.__module__ == "oai_api.client"
print("ok")
"""


def test_lazy_models_and_lazy_client_load_on_first_use(package: Path) -> None:
    """Lazy models/__init__.py: importing it, or one endpoint, imports no other model, and the
    index of names is read only when a name is looked up (split_models_init), and a model
    module is found without listing the folder's thousands of files (`_ExactFinder`)."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    result = subprocess.run(
        [sys.executable, "-c", _LAZY_PROBE], env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
    folder = package / "oai_api" / "models"
    assert "\nfrom .job import Job\n" in (folder / "__init__.pyi").read_text()  # for type checkers
    assert '    "Job": "job",\n' in (folder / "_index.py").read_text()
    assert "Job" not in (folder / "__init__.py").read_text()  # split_models_init


def test_model_tables_absent_fields_read_as_none_and_stay_absent(package: Path) -> None:
    """A field the server left out reads as None; to_dict() still gives back exactly what came."""
    import attrs
    from oai_api.models import Job, Verbose

    for field in attrs.fields(Job):
        if field.init:
            assert "None" in str(field.type) and "Unset" not in str(field.type), field

    empty = Job.from_dict({})
    assert (empty.status, empty.finish_reason) == (None, None)
    assert empty.to_dict() == {}
    assert repr(empty) == "Job()"

    for body in (
        {"finish_reason": None},  # optional and nullable, sent as null
        {"status": None},  # optional, not nullable, sent as null anyway
        {"status": "queued", "finish_reason": None, "extra": 1},
    ):
        job = Job.from_dict(body)
        assert job.to_dict() == body
        assert job.finish_reason is None
    assert repr(Job.from_dict({"finish_reason": None})) == "Job(finish_reason=None)"
    assert "Unset" not in repr(Job.from_dict({"status": "queued", "extra": 1}))

    changed = Job.from_dict({"finish_reason": None})
    changed.finish_reason = "stop"
    changed.status = "running"  # absent when parsed, set afterwards: written
    assert changed.to_dict() == {"finish_reason": "stop", "status": "running"}

    # Built by the caller: an optional None is left out, a required None is written as null.
    assert Job(status="queued").to_dict() == {"status": "queued"}
    assert Job(status="queued", finish_reason=None).to_dict() == {"status": "queued"}
    made = Verbose(text="t", language=None, duration=1.5)  # type: ignore[arg-type]
    assert made.to_dict() == {"text": "t", "language": None, "duration": 1.5}
    # Parsed with a required field missing: None to read, left out of to_dict().
    parsed = Verbose.from_dict({"text": "t", "duration": 1.5})
    assert parsed.language is None
    assert parsed.to_dict() == {"text": "t", "duration": 1.5}
    assert repr(parsed) == "Verbose(text='t', duration=1.5)"


def test_model_tables_reader_sets_slots_and_respects_a_subclass_init(package: Path) -> None:
    """The compiled reader fills an empty model instead of calling the attrs `__init__`; a
    subclass whose `__init__` is its own (attrs fields added) is still built by calling it."""
    import attrs
    from oai_api.models import Job, Plain, Usage

    class Plain2(Plain):  # no __init__ of its own: read the fast way, as its own class
        __slots__ = ()

    body = {"text": "hi", "usage": {"total": 3}, "note": "kept"}
    inits: list[str] = []

    def watch(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.startswith("<attrs generated"):
            inits.append(frame.f_code.co_filename)

    sys.setprofile(watch)
    try:
        fast = Plain2.from_dict(body)
    finally:
        sys.setprofile(None)
    assert inits == []
    assert type(fast) is Plain2 and isinstance(fast.usage, Usage)
    assert (fast.text, fast.additional_properties) == ("hi", {"note": "kept"})
    assert fast.to_dict() == body == Plain.from_dict(body).to_dict()
    left_out = Job.from_dict({"finish_reason": None})
    assert left_out.to_dict() == {"finish_reason": None}  # the flips are set on the fast path

    made: list[str] = []

    @attrs.define(repr=False)
    class Tagged(Plain):
        tag: str = "default"

        def __attrs_post_init__(self) -> None:
            made.append(self.text)

    slow = Tagged.from_dict({"text": "hello"})
    assert made == ["hello"] and slow.tag == "default" and slow.to_dict() == {"text": "hello"}


def test_model_tables_nested_models_are_read_by_their_readers(package: Path) -> None:
    """A nested model, alone or in a list, is read by its table's reader once the first value
    has compiled it, not through `from_dict` each time; `reader(model)` is `from_dict` as one
    call. The list keeps `list_of`'s rules: what is not a list, or has an item that does not
    fit, is kept as it came."""
    from oai_api._model import reader
    from oai_api.models import Plain, Segment, Usage, Verbose

    body = {
        "text": "hi",
        "language": "en",
        "duration": 1.5,
        "segments": [{"id": 1, "text": "a"}, {"id": 2, "start": 0.5, "text": "b"}],
    }
    Verbose.from_dict(body), Plain.from_dict({"text": "x", "usage": {"total": 1}})  # compile
    calls: list[str] = []

    def watch(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_name == "from_dict":
            calls.append(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        verbose = reader(Verbose)(body)
        plain = reader(Plain)({"text": "x", "usage": {"total": 1}})
    finally:
        sys.setprofile(None)
    assert calls == []
    assert [type(s) for s in verbose.segments] == [Segment, Segment]
    assert verbose.to_dict() == body == Verbose.from_dict(body).to_dict()
    assert isinstance(plain.usage, Usage) and plain.usage.total == 1
    assert Verbose.from_dict({**body, "segments": []}).segments == []
    for kept in ("ab", ["ab"], {"id": 1}):
        assert Verbose.from_dict({**body, "segments": kept}).segments == kept


def test_model_tables_reader_keeps_no_emptied_copy_for_extra_keys(package: Path) -> None:
    """With no keys beyond the schema's, `additional_properties` is a new empty dict, not the
    emptied copy the fields were popped from: that copy stays tracked by the collector (the
    body held a dict) and keeps its table. Extra keys are still kept, in a dict of their own."""
    import gc

    from oai_api.models import Plain

    body = {"text": "hi", "usage": {"total": 3}}
    plain = Plain.from_dict(body)
    assert plain.additional_properties == {} and not gc.is_tracked(plain.additional_properties)
    assert plain.to_dict() == body
    plain.additional_properties["late"] = 1  # still its own dict, as attrs' default would be
    assert Plain.from_dict(body).additional_properties == {}
    extra = Plain.from_dict({**body, "note": "kept"})
    assert extra.additional_properties == {"note": "kept"}
    assert body == {"text": "hi", "usage": {"total": 3}}  # the body itself is left as it came


# --- endpoints and the types module ----------------------------------------------------------


def test_error_bodies_error_answer_reads_as_openai_error(package: Path) -> None:
    """error_json_answer: a compatible server's HTML error page gives its text as the message."""
    from oai_api.models import ErrorResponse

    page = {"content": b"upstream down", "headers": {"content-type": "text/html"}}
    error = parse("create_job", None, status=400, **page)
    assert isinstance(error, ErrorResponse)
    assert error.error.message == "upstream down"


def test_mapping_bodies_json_body_is_sent_as_given(package: Path) -> None:
    from oai_api.api.default import create_job

    body = {"purpose": "not-checked", "extra": 1}
    assert create_job._get_kwargs(body=body)["json"] is body


def test_types_exports_list_the_helpers(package: Path) -> None:
    from oai_api import types

    helpers = {"strict_parsing", "undeclared_body", "error_json", "query_params"}
    assert helpers <= set(types.__all__)
    assert all(hasattr(types, name) for name in types.__all__)


def test_ruff_speed_literal_enum_member_is_written_as_it_is(tmp_path: Path) -> None:
    """The union template writes no isinstance branch of its own for a literal enum member."""
    import shutil

    import openapi_python_client
    from scripts_support import fixes

    templates = tmp_path / "templates"
    shutil.copytree(Path(openapi_python_client.__file__).parent / "templates", templates)
    union = templates / "property_templates" / "union_property.py.jinja"
    assert "literal_enum_property.py.jinja" not in union.read_text()
    fixes.apply_patches(templates)
    assert 'inner_property.template == "literal_enum_property.py.jinja"' in union.read_text()
