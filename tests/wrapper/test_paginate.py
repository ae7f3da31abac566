"""`client.paginate`: any list operation of the generated client, walked page after page."""

from __future__ import annotations

import inspect
from typing import Any

import oai
import pytest
from oai._calls import paginate
from oai.testing import FakeOpenAI, Reply
from oai_api.api.files import list_files
from oai_api.api.usage import usage_costs
from oai_api.api.vector_stores import list_vector_store_files
from spec_support import OPERATIONS, endpoint_module, resolve
from wrapper_support import resolve as wait


def page_schema(operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return resolve(schema) if schema else {}


# A list operation: a GET whose answer is a page, `data` with `has_more` saying if more follow.
LISTS = [
    (path, operation)
    for path, method, operation in OPERATIONS
    if method == "get" and {"data", "has_more"} <= set(page_schema(operation).get("properties", {}))
]


def test_the_spec_has_list_operations() -> None:
    assert len(LISTS) > 40


@pytest.mark.parametrize(("path", "operation"), LISTS, ids=[op["operationId"] for _, op in LISTS])
def test_every_list_operation_is_pageable(path: str, operation: dict[str, Any]) -> None:
    module = endpoint_module(operation)
    signature = inspect.signature(module._get_kwargs)
    path_args = tuple(
        f"{p.name}_1" for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD
    )
    required = {
        p.name: 1
        for p in signature.parameters.values()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }
    paged = paginate(module, path_args, required)
    call = paged.page("cursor_1")
    with call.request() as request:
        assert request["method"] == "get"
        if paged.cursor is not None:  # else the operation answers in one page
            assert request["params"][paged.cursor] == "cursor_1"
        for value in path_args:
            assert value in request["url"]


def test_bad_arguments_are_refused_before_sending() -> None:
    with pytest.raises(TypeError, match=r"takes 1 path argument\(s\) \(vector_store_id\), got 0"):
        paginate(list_vector_store_files, (), {})
    with pytest.raises(TypeError, match="no parameter"):
        paginate(list_files, (), {"colour": "red"})
    with pytest.raises(TypeError, match="needs the parameter"):
        paginate(usage_costs, (), {})
    with pytest.raises(TypeError, match="endpoint module"):
        paginate(oai, (), {})  # type: ignore[arg-type]


async def test_walks_the_pages_of_files(anyclient: Any, server: FakeOpenAI) -> None:
    for i in range(5):
        await wait(anyclient.upload_file((f"f{i}.jsonl", b"{}\n"), "batch"))
    seen = []
    walk = anyclient.paginate(list_files, limit=2, order="asc")
    if hasattr(walk, "__aiter__"):
        seen = [f.filename async for f in walk]
    else:
        seen = [f.filename for f in walk]
    assert seen == [f"f{i}.jsonl" for i in range(5)]
    lists = [r for r in server.requests if r.method == "GET"]
    assert len(lists) == 3  # 2 + 2 + 1
    assert "after" not in lists[0].query and lists[1].query["after"]


async def test_walks_page_token_lists(anyclient: Any, server: FakeOpenAI) -> None:
    def bucket(n: int) -> dict[str, Any]:
        return {"object": "bucket", "start_time": n, "end_time": n + 1, "results": []}

    pages = {
        None: {
            "object": "page",
            "data": [bucket(1), bucket(2)],
            "has_more": True,
            "next_page": "p2",
        },
        "p2": {"object": "page", "data": [bucket(3)], "has_more": False, "next_page": None},
    }
    server.route(
        "GET",
        "/organization/costs",
        lambda request: Reply.json(pages[request.query.get("page")]),
    )
    walk = anyclient.paginate(usage_costs, start_time=1)
    if hasattr(walk, "__aiter__"):
        starts = [b.start_time async for b in walk]
    else:
        starts = [b.start_time for b in walk]
    assert starts == [1, 2, 3]
    assert [r.query.get("page") for r in server.requests] == [None, "p2"]


async def test_an_error_status_raises(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(403, "not yours"))
    walk = anyclient.paginate(list_files)
    with pytest.raises(oai.PermissionDeniedError, match="not yours"):
        if hasattr(walk, "__aiter__"):
            async for _ in walk:
                pass
        else:
            for _ in walk:
                pass
