"""scripts/sync_spec.py: upstream's structure, our words, our deliberate differences, a report."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import sync_spec  # noqa: E402

HISTORY = ROOT.parent / "shared" / "openai-openapi-history"


def upstream() -> dict[str, Any]:
    """A small upstream spec, prose and extensions included, as OpenAI writes them."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "Upstream", "version": "9.9.9", "description": "Their words."},
        "servers": [{"url": "https://api.example.com/v1"}],
        "x-oaiMeta": {"groups": []},
        "tags": [{"name": "Widgets", "description": "Their tag text."}],
        "paths": {
            "/widgets/{widget_id}": {
                "get": {
                    "operationId": "getWidget",
                    "tags": ["Widgets"],
                    "summary": "Retrieves a widget.",
                    "x-oaiMeta": {"example": "curl ..."},
                    "parameters": [
                        {
                            "name": "widget_id",
                            "in": "path",
                            "required": True,
                            "description": "Their id text.",
                            "schema": {"type": "string"},
                        },
                        {"name": "expand", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Widget"}
                                }
                            },
                        }
                    },
                }
            },
            "/widgets/{widget_id}/content": {
                "get": {
                    "operationId": "getWidgetContent",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"type": "string"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Widget": {
                    "type": "object",
                    "title": "Widget",
                    "description": "A widget, as upstream describes it at some length.",
                    "example": {"description": "kept? no: examples are prose"},
                    "required": ["id", "description"],
                    "properties": {
                        "id": {"type": "string", "description": "Their field text."},
                        "description": {
                            "type": "string",
                            "nullable": True,
                            "x-stainless-const": True,
                        },
                        "size": {"type": "integer", "default": None},
                        "tags": {"type": "string", "enum": ["a", "b"], "default": []},
                        "legacy": {"type": "boolean", "optional": True},
                    },
                },
                "Filter": {
                    "$recursiveAnchor": True,
                    "type": "object",
                    "properties": {"filters": {"type": "array", "items": {"$recursiveRef": "#"}}},
                },
                "ErrorResponse": {"type": "object", "properties": {"error": {"type": "object"}}},
            },
        },
    }


def ours_from(doc: dict[str, Any], texts: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A spec of ours: `doc` synced once, with `texts` written in."""
    built, _ = sync_spec.build(doc, {"info": {"title": "Ours", "description": "Our words."}}, "0")
    present = dict(sync_spec.objects(built))
    for location, entry in texts.items():
        present[location].update(entry)
    return built


def sync(up: dict[str, Any], ours: dict[str, Any]) -> dict[str, Any]:
    return sync_spec.build(up, ours, "sha")[0]


def test_upstream_prose_and_extensions_go_field_names_stay() -> None:
    built = sync(upstream(), {"info": {"title": "Ours"}})
    text = sync_spec.dump(built)
    for theirs in ("Their words", "Retrieves a widget", "Their id text", "at some length", "curl"):
        assert theirs not in text
    assert "x-oaiMeta" not in text and "x-stainless" not in text and "title: Widget" not in text
    widget = built["components"]["schemas"]["Widget"]
    assert "description" in widget["properties"]  # a field called `description` is structure
    assert widget["required"] == ["id", "description"]
    assert built["info"]["title"] == "Ours" and built["info"]["version"] == "9.9.9"


def test_our_descriptions_follow_their_location_and_parameters_follow_their_name() -> None:
    ours = ours_from(
        upstream(),
        {
            "paths/~1widgets~1{widget_id}/get": {"summary": "Fetch one widget."},
            "paths/~1widgets~1{widget_id}/get/parameters/path:widget_id": {
                "description": "Which widget."
            },
            "components/schemas/Widget/properties/id": {"description": "The widget's id."},
            "tags/tag:Widgets": {"description": "Things with sizes."},
        },
    )
    moved = upstream()
    operation = moved["paths"]["/widgets/{widget_id}"]["get"]
    operation["parameters"].reverse()  # upstream reorders the parameters
    built = sync(moved, ours)
    operation = built["paths"]["/widgets/{widget_id}"]["get"]
    assert operation["summary"] == "Fetch one widget."
    by_name = {p["name"]: p for p in operation["parameters"]}
    assert by_name["widget_id"]["description"] == "Which widget."
    assert by_name["widget_id"]["schema"]["description"] == "Which widget."  # for the generator
    assert "description" not in by_name["expand"]
    widget = built["components"]["schemas"]["Widget"]
    assert widget["properties"]["id"]["description"] == "The widget's id."
    assert built["tags"] == [{"name": "Widgets", "description": "Things with sizes."}]


def test_a_location_that_is_gone_loses_its_text_and_a_new_one_is_reported_lacking() -> None:
    ours = ours_from(
        upstream(), {"components/schemas/Widget/properties/size": {"description": "How big."}}
    )
    changed = upstream()
    widget = changed["components"]["schemas"]["Widget"]
    widget["properties"]["weight"] = widget["properties"].pop("size")
    built = sync(changed, ours)
    assert "How big." not in sync_spec.dump(built)
    lacking = {location for location, _ in sync_spec.lacking(built)}
    assert "paths/~1widgets~1{widget_id}/get" in lacking  # every operation wants a summary
    assert "components/schemas/Widget" in lacking


def test_the_deliberate_differences() -> None:
    built = sync(upstream(), {"info": {}})
    schemas = built["components"]["schemas"]
    widget = schemas["Widget"]["properties"]
    assert widget["description"]["type"] == ["string", "null"]  # nullable_as_31
    assert "default" not in widget["size"] and "default" not in widget["tags"]  # invalid defaults
    assert "optional" not in widget["legacy"]  # drop_nonstandard_keywords
    filters = schemas["Filter"]["properties"]["filters"]["items"]
    assert filters == {"$ref": "#/components/schemas/Filter"}  # compound_filter_recursion
    assert "$recursiveAnchor" not in schemas["Filter"]
    operation = built["paths"]["/widgets/{widget_id}"]["get"]
    assert operation["responses"]["default"] == {"$ref": "#/components/responses/Error"}
    assert "Error" in built["components"]["responses"]  # default_error_response
    content = built["paths"]["/widgets/{widget_id}/content"]["get"]["responses"]["200"]["content"]
    assert content == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


def test_every_transform_has_its_reason_and_the_readme_names_it() -> None:
    readme = (ROOT / "README.md").read_text()
    for transform in (*sync_spec.TRANSFORMS, *sync_spec.AFTER_PROSE):
        assert transform.__doc__ and len(transform.__doc__) > 60, transform.__name__
        assert f"`{transform.__name__}`" in readme, transform.__name__


def test_the_build_is_a_fixpoint_and_deterministic() -> None:
    ours = ours_from(upstream(), {"components/schemas/Widget": {"description": "A thing."}})
    once = sync_spec.dump(sync(upstream(), ours))
    again = sync_spec.dump(sync(upstream(), yaml.safe_load(once)))
    assert once == again
    assert sync_spec.dump(sync(upstream(), ours)) == once


def test_the_report_names_what_was_added_removed_and_changed() -> None:
    before = ours_from(upstream(), {})
    after_up = upstream()
    paths = after_up["paths"]
    paths["/widgets"] = {"post": {"operationId": "createWidget", "responses": {}}}
    del paths["/widgets/{widget_id}/content"]
    after_up["components"]["schemas"]["Widget"]["properties"]["id"]["type"] = "integer"
    after_up["components"]["schemas"]["CreateChatCompletionRequest"] = {"type": "object"}
    lines = sync_spec.report(before, sync(after_up, before))
    assert "operations: 2 (1 added, 1 removed, 0 changed)" in lines
    assert "  added operation createWidget" in lines
    assert "  removed operation getWidgetContent" in lines
    assert "  changed schema Widget" in lines
    # A schema the wrapper's operation table names is flagged.
    flagged = [line for line in lines if "CreateChatCompletionRequest" in line]
    assert flagged and "USED BY THE WRAPPER" in flagged[0]


def test_near_copies_of_upstream_are_found() -> None:
    where = "components/schemas/Widget"
    theirs = {where: {"description": "A widget, as the upstream spec describes it at length."}}
    copied = {where: {"description": "A widget, as the upstream spec describes it in length."}}
    own = {where: {"description": "Something with an id, a size and some tags on it."}}
    short = {where: {"description": "A widget, as upstream says."}}  # 40 characters or fewer
    assert sync_spec.near_copies(copied, theirs)
    assert not sync_spec.near_copies(own, theirs)
    assert not sync_spec.near_copies(short, {where: {"description": "A widget, as upstream says!"}})


def test_check_mode_and_added_descriptions(tmp_path: Path) -> None:
    up, spec = tmp_path / "up.yaml", tmp_path / "ours.yaml"
    up.write_text(yaml.safe_dump(upstream()))
    spec.write_text(yaml.safe_dump({"info": {"title": "Ours"}, "paths": {}}))
    args = ["--upstream", str(up), "--spec", str(spec)]
    assert sync_spec.main([*args, "--check"]) == 1  # not synced yet
    assert sync_spec.main(args) == 0
    assert sync_spec.main([*args, "--check"]) == 0
    texts = tmp_path / "texts.yaml"
    texts.write_text(yaml.safe_dump({"paths/~1widgets~1{widget_id}/get": "Fetch one widget."}))
    assert sync_spec.main([*args, "--add-descriptions", str(texts)]) == 0
    assert "summary: Fetch one widget." in spec.read_text()
    assert sync_spec.main([*args, "--check"]) == 0
    texts.write_text(yaml.safe_dump({"paths/~1nowhere/get": "x"}))
    with pytest.raises(SystemExit, match="no such location"):
        sync_spec.main([*args, "--add-descriptions", str(texts)])


@pytest.mark.upstream
@pytest.mark.skipif(not HISTORY.is_dir(), reason="no ../shared/openai-openapi-history")
@pytest.mark.parametrize("name", sorted(p.name for p in HISTORY.glob("*.yaml")) or ["none"])
def test_an_earlier_public_spec_syncs_and_keeps_our_words(name: str) -> None:
    ours = sync_spec.load(sync_spec.OURS)
    built = sync(sync_spec.load(HISTORY / name), copy.deepcopy(ours))
    kept = sync_spec.harvest(built)
    mine = sync_spec.harvest(ours)
    shared = set(kept) & set(mine)
    assert len(shared) > 0.9 * len(mine)  # the locations that exist in both keep our words
    assert all(kept[location] == mine[location] for location in shared)
    lines = sync_spec.report(ours, built)
    assert lines[0].startswith("operations: ")
