"""Tests of the fixes' normaliser passes (scripts/fixes/), and of a few patches, on small specs.

Each test is named after the fix it pins (`test_<fix>_...`) and fails without it. The generation
tests share one small generated package (module-scoped fixture, ~2 s).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from scripts_support import (
    INTEGER,
    STRING,
    enum,
    fixes,
    generate,
    generated,
    has_key,
    json_content,
    obj,
    ref,
    spec_with,
    write_spec,
)

# --- passes on dicts -------------------------------------------------------------------------


def test_schema_titles_are_dropped_but_a_property_named_title_stays() -> None:
    spec = spec_with({"A": {"title": "Shared", **obj({"title": STRING})}})
    fixes.schema_titles.strip_titles(spec)
    assert spec["components"]["schemas"]["A"] == obj({"title": STRING})


def test_schema_defaults_are_dropped_but_a_property_named_default_stays() -> None:
    spec = spec_with({"A": obj({"n": {**INTEGER, "default": 1}, "default": STRING})})
    fixes.schema_defaults.strip_defaults(spec)
    assert spec["components"]["schemas"]["A"] == obj({"n": INTEGER, "default": STRING})


def test_nullable_ref_becomes_anyof_with_null() -> None:
    spec = spec_with({"A": {"type": "object", "properties": {"u": {**ref("U"), "nullable": True}}}})
    fixes.nullable.rewrite_nullable(spec)
    u = spec["components"]["schemas"]["A"]["properties"]["u"]
    assert u == {"anyOf": [ref("U"), {"type": "null"}]}


def test_nullable_allof_marker_collapses_to_nullable_ref() -> None:
    member = {"allOf": [ref("U"), {"nullable": True, "description": "d"}]}
    spec = spec_with({"A": {"type": "object", "properties": {"u": member}}})
    fixes.nullable.rewrite_nullable(spec)
    u = spec["components"]["schemas"]["A"]["properties"]["u"]
    assert u == {"anyOf": [ref("U"), {"type": "null"}], "description": "d"}


def test_nullable_enum_gains_null_and_type_list() -> None:
    spec = spec_with({"E": {"type": "string", "enum": ["a", "b"], "nullable": True}})
    fixes.nullable.rewrite_nullable(spec)
    assert spec["components"]["schemas"]["E"] == {
        "type": ["string", "null"],
        "enum": ["a", "b", None],
    }


def test_nullable_enum_becomes_anyof_of_enum_and_null() -> None:
    spec = spec_with({"E": {"type": ["string", "null"], "enum": ["a", None], "description": "d"}})
    fixes.nullable.split_nullable_enums(spec)
    assert spec["components"]["schemas"]["E"] == {
        "description": "d",
        "anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}],
    }


def test_nullable_enum_generates_one_enum_class(tmp_path: Path) -> None:
    schema = {"type": ["string", "null"], "enum": ["stop", "length", None]}
    spec_file = write_spec(tmp_path, spec_with({"Choice": obj({"finish_reason": schema})}))
    (tmp_path / "work").mkdir()
    package = generate(spec_file, tmp_path / "work")
    enums = sorted(p.name for p in (package / "models").glob("choice_finish_reason*.py"))
    assert enums == ["choice_finish_reason_type_0.py"]


def test_nullable_leaves_no_nullable_keyword() -> None:
    spec = spec_with(
        {
            "A": {"type": "integer", "nullable": True},
            "B": {"oneOf": [ref("A")], "nullable": True},
            "C": {"nullable": True},
            "D": {"type": "string", "nullable": False},
        }
    )
    fixes.nullable.rewrite_nullable(spec)
    assert not has_key(spec, "nullable")
    assert spec["components"]["schemas"]["B"]["oneOf"][-1] == {"type": "null"}


def allof_conflict_spec() -> dict[str, Any]:
    return spec_with(
        {
            "Base": {
                "type": "object",
                "properties": {
                    "n": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "status": {"type": "string", "enum": ["in_progress", "completed"]},
                },
            },
            "Derived": {
                "allOf": [
                    ref("Base"),
                    {
                        "type": "object",
                        "properties": {
                            "n": {"type": "integer"},
                            "status": {"type": "string", "enum": ["completed", "failed"]},
                        },
                    },
                ]
            },
        }
    )


def test_allof_conflicts_are_widened_and_base_inlined() -> None:
    spec = allof_conflict_spec()
    fixes.allof_conflicts.widen_allof_conflicts(spec)
    schemas = spec["components"]["schemas"]
    base, local = schemas["Derived"]["allOf"]
    assert "$ref" not in base  # inlined copy, so that Base keeps its own definitions
    assert local["properties"]["status"]["enum"] == ["in_progress", "completed", "failed"]
    assert {"type": "null"} in local["properties"]["n"]["anyOf"]
    assert schemas["Base"]["properties"]["status"]["enum"] == ["in_progress", "completed"]


def test_allof_conflicts_leave_a_mergeable_allof_alone() -> None:
    spec = allof_conflict_spec()
    local = spec["components"]["schemas"]["Derived"]["allOf"][1]["properties"]
    local["n"] = {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "x"}
    local["status"]["enum"] = ["completed"]
    before = copy.deepcopy(spec)
    fixes.allof_conflicts.widen_allof_conflicts(spec)
    assert spec == before


def test_inline_union_members_are_hoisted_under_the_generator_name() -> None:
    member = {"type": "object", "properties": {"limits": {"type": "object", "properties": {}}}}
    spec = spec_with({"T": {"oneOf": [{"type": "string"}, member]}})
    fixes.inline_union_members.hoist_union_members(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["T"]["oneOf"][1] == ref("T_type_1")
    assert schemas["T_type_1"] is member


def beta_paths() -> dict[str, Any]:
    header = {
        "name": "openai-beta",
        "in": "header",
        "schema": {"type": "array", "items": {"enum": ["x=v1"]}},
    }
    return {
        "/things?beta=true": {
            "get": {
                "operationId": "betaListThings",
                "parameters": [header, {"name": "limit", "in": "query", "schema": INTEGER}],
                "responses": {"200": {"description": "ok", **json_content(ref("Thing"))}},
            }
        }
    }  # fmt: skip


def test_array_headers_header_becomes_string() -> None:
    spec = spec_with({}, beta_paths())
    fixes.array_headers.array_headers_as_strings(spec)
    parameter = spec["paths"]["/things?beta=true"]["get"]["parameters"][0]
    assert parameter["schema"]["type"] == "string"


def test_path_queries_query_becomes_a_defaulted_parameter() -> None:
    spec = spec_with({}, beta_paths())
    fixes.path_queries.path_query_to_parameters(spec)
    parameters = spec["paths"]["/things?beta=true"]["get"]["parameters"]
    assert parameters[-1] == {
        "name": "beta",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": ["true"], "default": "true"},
    }


def test_sdp_bodies_body_is_binary_and_answer_is_text() -> None:
    sdp = {"schema": {"type": "string"}}
    paths = {
        "/calls": {
            "post": {
                "requestBody": {"content": {"application/sdp": copy.deepcopy(sdp)}},
                "responses": {"201": {"description": "ok", "content": {"application/sdp": sdp}}},
            }
        }
    }
    spec = spec_with({}, paths)
    fixes.sdp_bodies.sdp_bodies(spec)
    operation = spec["paths"]["/calls"]["post"]
    assert operation["requestBody"]["content"]["application/sdp"]["schema"]["format"] == "binary"
    assert set(operation["responses"]["201"]["content"]) == {"text/plain"}


def test_union_choice_tags_are_recorded_through_allof() -> None:
    spec = spec_with(
        {
            "Base": obj({"type": {"type": "string", "enum": ["error"]}}),
            "Event": {"allOf": [ref("Base"), obj({"role": {"const": "x"}})]},
            "Open": obj({"type": {"type": "string"}}),
        }
    )  # fmt: skip
    fixes.union_choice.mark_union_tags(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["Event"]["x-oai-tags"] == {"type": ["error"], "role": ["x"]}
    assert "x-oai-tags" not in schemas["Open"]


def test_union_choice_tags_keep_every_value_and_keys_are_recorded() -> None:
    spec = spec_with(
        {
            "Message": obj({"role": enum("user", "system"), "content": STRING}),
            "Event": obj({"event": enum("thread.created"), "data": STRING}),
        }
    )
    fixes.union_choice.mark_union_tags(spec)
    message, event = (
        spec["components"]["schemas"]["Message"],
        spec["components"]["schemas"]["Event"],
    )
    assert message["x-oai-tags"] == {"role": ["user", "system"]}
    assert message["x-oai-keys"] == ["content", "role"]
    assert event["x-oai-tags"] == {"event": ["thread.created"]}


def run_events_spec(*, with_union: bool = True) -> dict[str, Any]:
    """An Assistants-like run: `stream` in the request, the JSON answer a `Run`."""
    schemas: dict[str, Any] = {
        "Run": obj({"id": STRING, "object": enum("thread.run")}),
        "Error": obj({"message": STRING}),
        "CreateRun": obj({"stream": {"type": "boolean"}}),
    }
    if with_union:
        schemas["RunEvents"] = {
            "oneOf": [
                obj({"event": enum("thread.run.created"), "data": ref("Run")}),
                obj({"event": enum("thread.run.failed"), "data": ref("Run")}),
            ]
        }
        schemas["StreamEvent"] = {
            "oneOf": [ref("RunEvents"), obj({"event": enum("error"), "data": ref("Error")})]
        }
    paths = {
        "/runs": {
            "post": {
                "operationId": "createRun",
                "requestBody": json_content(ref("CreateRun")),
                "responses": {"200": {"description": "ok", **json_content(ref("Run"))}},
            }
        }
    }
    return spec_with(schemas, paths)


def test_event_streams_declared_as_the_outermost_envelope_union() -> None:
    spec = run_events_spec()
    fixes.event_streams.declare_event_streams(spec)
    content = spec["paths"]["/runs"]["post"]["responses"]["200"]["content"]
    assert content["text/event-stream"] == {"schema": ref("StreamEvent")}
    assert content["application/json"] == {"schema": ref("Run")}


def test_event_streams_without_envelopes_stream_the_answer_itself() -> None:
    spec = run_events_spec(with_union=False)
    fixes.event_streams.declare_event_streams(spec)
    content = spec["paths"]["/runs"]["post"]["responses"]["200"]["content"]
    assert content["text/event-stream"] == {"schema": ref("Run")}


def test_event_streams_not_for_an_operation_without_stream() -> None:
    spec = run_events_spec()
    spec["components"]["schemas"]["CreateRun"] = obj({"model": STRING})
    fixes.event_streams.declare_event_streams(spec)
    assert "text/event-stream" not in spec["paths"]["/runs"]["post"]["responses"]["200"]["content"]


def test_tolerant_responses_request_only_schemas_are_marked() -> None:
    spec = spec_with(
        {
            "Purpose": enum("a", "b"),
            "CreateFile": obj({"purpose": ref("Purpose"), "options": obj({"x": INTEGER})}),
            "File": obj({"id": STRING, "purpose": ref("Purpose")}),
            "Shared": obj({"n": INTEGER}),
            "Job": obj({"shared": ref("Shared")}),
            "CreateJob": obj({"shared": ref("Shared")}),
        },
        {
            "/files": {
                "post": {
                    "requestBody": json_content(ref("CreateFile")),
                    "responses": {"200": {"description": "ok", **json_content(ref("File"))}},
                }
            },
            "/jobs": {
                "post": {
                    "requestBody": json_content(ref("CreateJob")),
                    "responses": {"200": {"description": "ok", **json_content(ref("Job"))}},
                }
            },
        },
    )
    fixes.tolerant_responses.mark_request_only(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["CreateFile"]["x-oai-request-only"] is True
    assert schemas["CreateFile"]["properties"]["options"]["x-oai-request-only"] is True
    assert schemas["CreateJob"]["x-oai-request-only"] is True
    for name in ("File", "Shared", "Job", "Purpose"):
        assert "x-oai-request-only" not in schemas[name]


# --- generation of a small spec --------------------------------------------------------------


SMALL_SCHEMAS: dict[str, Any] = {
    "Usage": obj({"total": {"type": "integer"}}, ["total"]),
    "Response": obj(
        {
            "id": {"type": "string"},
            "created_at": {"type": "integer"},
            "usage": ref("Usage"),
            "note": {"type": "string", "nullable": True},
            "parent": {**ref("Usage"), "nullable": True},
        },
        ["id", "created_at", "usage", "note"],
    ),
    "TextEvent": obj({"type": {"enum": ["text"]}, "text": {"type": "string"}}, ["type", "text"]),
    "ErrorEvent": obj({"type": {"enum": ["error"]}, "message": {"type": "string"}}, ["type"]),
    "Envelope": obj({"event": {"anyOf": [ref("TextEvent"), ref("ErrorEvent")]}}, ["event"]),
    "Holder": {"oneOf": [{"type": "string"}, obj({"limits": obj({"n": {"type": "integer"}})})]},
    "UsesHolder": obj({"h": ref("Holder")}),
    **allof_conflict_spec()["components"]["schemas"],
}  # fmt: skip

SMALL_PATHS: dict[str, Any] = {
    **beta_paths(),
    "/responses": {
        "post": {
            "operationId": "createResponse",
            "tags": ["Responses"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": ref("Usage")},
                    "multipart/form-data": {"schema": ref("Thing")},
                },
            },
            "responses": {"200": {"description": "ok", **json_content(ref("Response"))}},
        }
    },
    "/envelopes": {
        "get": {
            "operationId": "getEnvelope",
            "responses": {"200": {"description": "ok", **json_content(ref("Envelope"))}},
        }
    },
    "/derived": {
        "get": {
            "operationId": "getDerived",
            "responses": {"200": {"description": "ok", **json_content(ref("Derived"))}},
        }
    },
    "/holders": {
        "get": {
            "operationId": "getHolder",
            "responses": {"200": {"description": "ok", **json_content(ref("UsesHolder"))}},
        }
    },
    "/forms": {
        "post": {
            "operationId": "sendForm",
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": ref("Form")}},
            },
            "responses": {"200": {"description": "ok", **json_content(ref("Thing"))}},
        }
    },
    "/blobs": {
        "get": {
            "operationId": "getBlob",
            "responses": {
                "200": {
                    "description": "bytes",
                    "content": {
                        "application/octet-stream": {
                            "schema": {"type": "string", "format": "binary"}
                        }
                    },
                }
            },
        }
    },
}
SMALL_SCHEMAS["Thing"] = obj({"name": {"type": "string"}})
SMALL_SCHEMAS["Form"] = obj(
    {
        "name": STRING,
        "upload": {"type": "string", "format": "binary"},
        "stream": {"type": "boolean"},
        "tags": {"type": "array", "items": STRING},
        "options": obj({"level": {"type": "integer"}}),
    },
    required=["name", "upload"],
)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The generated package of the small spec, imported as `oai_api`."""
    with generated(tmp_path_factory.mktemp("small"), spec_with(SMALL_SCHEMAS, SMALL_PATHS)) as root:
        yield root


def test_array_headers_allof_conflicts_inline_union_members_keep_every_endpoint(
    small: Path,
) -> None:
    from oai_api.api.default import beta_list_things, get_derived, get_envelope, get_holder
    from oai_api.api.responses import create_response

    assert all(
        hasattr(module, "sync_detailed")
        for module in (beta_list_things, get_derived, get_envelope, get_holder, create_response)
    )


def test_types_alias_response_model_does_not_shadow_types_response(small: Path) -> None:
    from oai_api import types
    from oai_api.api.responses import create_response
    from oai_api.models import Response

    body = {"id": "r", "created_at": 1, "usage": {"total": 1}, "note": None}
    http = httpx.Response(200, json=body)
    built = create_response._build_response(client=None, response=http)  # type: ignore[arg-type]
    assert isinstance(built, types.Response)
    assert isinstance(built.parsed, Response)


def test_multi_content_bodies_required_body_is_required(small: Path) -> None:
    import inspect

    from oai_api.api.responses import create_response

    assert (
        inspect.signature(create_response._get_kwargs).parameters["body"].default is inspect._empty
    )


def test_accept_header_a_bytes_answer_asks_for_any_type(small: Path) -> None:
    from oai_api.api.default import get_blob, get_holder

    assert get_blob._get_kwargs()["headers"] == {"Accept": "*/*"}
    assert "headers" not in get_holder._get_kwargs()  # JSON: the client's Accept stands


def test_allof_unions_an_extended_union_becomes_a_union_of_extended_members() -> None:
    extension = obj({"stream_id": STRING})
    schemas = {
        "A": obj({"type": {"const": "a"}}),
        "B": obj({"type": {"const": "b"}}),
        "Event": {"anyOf": [ref("A"), ref("B")]},
        "Tagged": {"description": "d", "allOf": [ref("Event"), extension]},
        "Inline": {"allOf": [{"anyOf": [ref("A"), ref("B")]}, extension]},
    }
    spec = spec_with(schemas)
    fixes.allof_unions.distribute_allof_unions(spec)
    tagged = spec["components"]["schemas"]["Tagged"]
    assert tagged == {
        "description": "d",
        "anyOf": [{"allOf": [ref("A"), extension]}, {"allOf": [ref("B"), extension]}],
    }
    assert "allOf" in spec["components"]["schemas"]["Inline"]  # the generator reads that one


def test_same_schema_bodies_json_and_form_of_one_schema_become_one() -> None:
    def spec(body_schema: dict[str, Any], form_schema: dict[str, Any]) -> dict[str, Any]:
        content = {
            "application/json": {"schema": body_schema},
            "multipart/form-data": {"schema": form_schema},
        }
        operation = {"operationId": "x", "requestBody": {"content": content}, "responses": {}}
        paths = {"/x": {"post": operation}}
        schemas = {
            "Plain": obj({"prompt": STRING}),
            "WithFile": obj({"file": {"type": "string", "format": "binary"}}),
        }
        return spec_with(schemas, paths)

    def kept(doc: dict[str, Any]) -> list[str]:
        fixes.same_schema_bodies.one_content_type_per_schema(doc)
        return list(doc["paths"]["/x"]["post"]["requestBody"]["content"])

    assert kept(spec(ref("Plain"), ref("Plain"))) == ["application/json"]
    assert kept(spec(ref("WithFile"), ref("WithFile"))) == ["multipart/form-data"]
    both = ["application/json", "multipart/form-data"]
    assert kept(spec(ref("Plain"), ref("WithFile"))) == both  # told apart by type: untouched


def test_model_tables_a_form_without_its_required_fields_is_refused(small: Path) -> None:
    import io

    from oai_api.models import Form
    from oai_api.types import File

    upload = File(payload=io.BytesIO(b"x"), file_name="x")
    with pytest.raises(ValueError, match=r"Form\.name is required"):
        Form(name=None, upload=upload).to_multipart()  # type: ignore[arg-type]
    form = Form(name="n", upload=upload)
    assert [field for field, _ in form.to_multipart()] == ["name", "upload"]

    # Each value as a form reads it: JSON spellings, one part per list item, an object as JSON.
    form = Form.from_dict({"name": "n", "upload": b"x", "stream": True, "tags": ["a", "b"]})
    form.options = {"level": 2}  # type: ignore[assignment]
    parts = form.to_multipart()
    assert [(field, value) for field, (_, value, _) in parts[2:]] == [
        ("stream", b"true"),
        ("tags", b"a"),
        ("tags", b"b"),
        ("options", b'{"level": 2}'),
    ]
    assert parts[1][0] == "upload" and parts[1][1][1].read() == b"x"


def test_tolerant_responses_request_only_model_refuses_a_missing_required_field(
    small: Path,
) -> None:
    from oai_api.models import Form, Thing

    with pytest.raises(KeyError, match="Form: required field name is missing"):
        Form.from_dict({"upload": b"x"})
    assert Thing.from_dict({}).name is None  # a response model stays tolerant


def test_query_objects_maps_and_objects_are_bracketed(small: Path) -> None:
    from oai_api import types

    params = {"metadata": {"k": "v"}, "at": {"gt": 1, "lt": None}, "gone": types.UNSET, "n": 0}
    assert types.query_params(params) == {"metadata[k]": "v", "at[gt]": 1, "n": 0}
    assert "query_params" in types.__all__


def test_path_queries_query_is_sent_as_params(small: Path) -> None:
    from oai_api.api.default import beta_list_things

    kwargs = beta_list_things._get_kwargs(limit=3, openai_beta="x=v1")
    assert kwargs["url"] == "/things"
    assert kwargs["params"] == {"limit": 3, "beta": "true"}
    assert kwargs["headers"] == {"openai-beta": "x=v1"}


def test_tolerant_responses_from_dict_tolerant_constructor_strict(small: Path) -> None:
    from oai_api.models import Response

    parsed = Response.from_dict({"id": "r", "usage": None})
    assert parsed.usage is None  # null where the spec does not allow it
    assert parsed.created_at is None  # missing required, not nullable
    assert parsed.note is None  # missing required, nullable: missing, not null
    assert parsed.to_dict() == {"id": "r", "usage": None}
    with pytest.raises(TypeError):
        Response(id="r")  # type: ignore[call-arg]


def test_model_tables_complete_body_round_trips(small: Path) -> None:
    from oai_api.models import Response

    body = {"id": "r", "created_at": 1, "usage": {"total": 2}, "note": "n", "parent": None}
    assert Response.from_dict(body).to_dict() == body


def test_union_choice_member_is_chosen_by_tag(small: Path) -> None:
    from oai_api.models import Envelope, ErrorEvent, TextEvent

    error = Envelope.from_dict({"event": {"type": "error", "message": "boom"}}).event
    assert isinstance(error, ErrorEvent)
    text = Envelope.from_dict({"event": {"type": "text", "text": "hi"}}).event
    assert isinstance(text, TextEvent)


def test_allof_conflicts_widened_model_accepts_both_lists(small: Path) -> None:
    from oai_api.models import Derived

    for status in ("in_progress", "failed"):
        assert Derived.from_dict({"status": status, "n": None}).status == status


def test_inline_union_members_hoisted_member_keeps_generator_name(small: Path) -> None:
    from oai_api.models import HolderType1, UsesHolder

    parsed = UsesHolder.from_dict({"h": {"limits": {"n": 1}}})
    assert isinstance(parsed.h, HolderType1)
