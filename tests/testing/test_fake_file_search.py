"""The ``file_search`` tool of the fake's Responses API: a search call, then a cited answer.

The search itself belongs to the fake's vector stores; here a stand-in with three fixed files
answers it (``StandInStores``, the interface ``ResponseStore.create`` asks for), so what the
Responses side makes of the results is pinned down on its own: the ``file_search_call`` item,
its ``results`` when ``include`` asks, and ``file_citation`` annotations on the answer. The last
test runs the same through the fake's own vector stores, end to end, once it has them.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from fake_shapes import read_exactly, sse_events
from oai.testing import FakeOpenAI
from oai.testing._responses import ResponseStore
from oai.testing._routes import ServerState
from oai_api.models.file_citation_body import FileCitationBody
from oai_api.models.file_search_tool_call import FileSearchToolCall
from oai_api.models.response import Response
from oai_api.models.response_output_text_annotation_added_event import (
    ResponseOutputTextAnnotationAddedEvent,
)

MODEL = "gpt-4o"
FILES = {
    "vs_1": [
        ("file-0001", "otters.txt", "Sea otters hold hands while they sleep."),
        ("file-0002", "beavers.txt", "Beavers build dams from sticks."),
    ],
    "vs_2": [("file-0003", "rocks.txt", "Otters crack shells with rocks.")],
}


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


class StandInStores:
    """Vector stores with fixed files: a chunk's score is the share of the query's words in it."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def search(
        self,
        store_id: str,
        query: str,
        max_results: int = 10,
        *,
        filters: Mapping[str, Any] | None = None,
        score_threshold: float = 0.0,
    ) -> list[dict[str, Any]]:
        self.calls.append(
            {"store": store_id, "query": query, "max": max_results, "filters": filters}
        )
        if store_id not in FILES:
            raise LookupError(store_id)
        asked = words(query)
        results = []
        for file_id, filename, text in FILES[store_id]:
            score = round(len(asked & words(text)) / len(asked), 4) if asked else 0.0
            if score > 0 and score >= score_threshold:
                results.append(
                    {
                        "file_id": file_id,
                        "filename": filename,
                        "score": score,
                        "attributes": {"lang": "en"},
                        "content": [{"type": "text", "text": text}],
                    }
                )
        return sorted(results, key=lambda r: -r["score"])[:max_results]


@pytest.fixture
def stores(server: FakeOpenAI) -> StandInStores:
    """The server's ``POST /responses``, answered by a response store that searches the
    stand-in stores (and the server's own conversations)."""
    stand_in = StandInStores()
    responses = ResponseStore()
    state = server._state
    server.route(
        "POST",
        "/responses",
        lambda request: responses.create(
            request, conversations=state.conversations, vector_stores=stand_in
        ),
    )
    return stand_in


def readable(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the results' ``attributes``, which the generated models cannot read yet:
    ``VectorStoreFileAttributesType0.from_dict`` raises ``TypeError`` for any attributes (its
    extra-keys parser is None for a union of JSON types, in ``oai_api._model._reader``). The
    tests check the attributes as plain JSON instead."""
    data = copy.deepcopy(data)
    items = data.get("output", [data])
    for item in items:
        for result in item.get("results") or ():
            result.pop("attributes", None)
    return data


def search(client: httpx.Client, said: str, *store_ids: str, **extra: Any) -> httpx.Response:
    tool: dict[str, Any] = {"type": "file_search", "vector_store_ids": list(store_ids)}
    tool |= extra.pop("tool", {})
    body = {"model": MODEL, "input": said, "tools": [tool], **extra}
    return client.post("/responses", json=body)


def test_found_passages_are_listed_and_cited(client: httpx.Client, stores: StandInStores) -> None:
    answer = search(
        client, "Where do otters sleep?", "vs_1", "vs_2", include=["file_search_call.results"]
    )
    assert answer.status_code == 200, answer.text
    response = read_exactly(Response, readable(answer.json()))
    call, message = answer.json()["output"]

    searched = read_exactly(FileSearchToolCall, readable(call))
    assert (searched.status, searched.queries) == ("completed", ["Where do otters sleep?"])
    assert searched.results is not None
    assert [result.file_id for result in searched.results] == ["file-0001", "file-0003"]
    listed = call["results"]  # best first
    assert listed[0] == {
        "file_id": "file-0001",
        "text": "Sea otters hold hands while they sleep.",
        "filename": "otters.txt",
        "score": 0.5,
        "attributes": {"lang": "en"},
    }

    part = message["content"][0]
    text = part["text"]
    assert text.startswith("You said: Where do otters sleep?")
    citations = [read_exactly(FileCitationBody, a) for a in part["annotations"]]
    assert [(c.file_id, c.filename) for c in citations] == [
        ("file-0001", "otters.txt"),
        ("file-0003", "rocks.txt"),
    ]
    # Each citation's index is where the passage it cites ends.
    assert text[: citations[0].index].endswith("Sea otters hold hands while they sleep.")
    assert text[: citations[1].index].endswith("Otters crack shells with rocks.")
    assert response.output_text in (None, "")  # filled in by SDKs, never sent
    assert [c["store"] for c in stores.calls] == ["vs_1", "vs_2"]


def test_results_are_left_out_unless_included(client: httpx.Client, stores: StandInStores) -> None:
    call, message = search(client, "otters", "vs_1").json()["output"]
    assert call["results"] is None
    assert [a["file_id"] for a in message["content"][0]["annotations"]] == ["file-0001"]


def test_nothing_found_is_an_uncited_answer(client: httpx.Client, stores: StandInStores) -> None:
    answer = search(client, "penguins", "vs_1", include=["file_search_call.results"])
    call, message = read_exactly(Response, answer.json()).to_dict()["output"]
    assert (call["queries"], call["results"]) == (["penguins"], [])
    assert message["content"][0] == {
        "type": "output_text",
        "text": "You said: penguins",
        "annotations": [],
        "logprobs": [],
    }


def test_the_tools_options_reach_the_search(client: httpx.Client, stores: StandInStores) -> None:
    tool = {
        "max_num_results": 1,
        "filters": {"type": "eq", "key": "lang", "value": "en"},
        "ranking_options": {"score_threshold": 0.9},
    }
    answer = search(
        client, "otters dance", "vs_1", "vs_2", tool=tool, include=["file_search_call.results"]
    )
    assert answer.status_code == 200, answer.text
    assert stores.calls == [
        {"store": store, "query": "otters dance", "max": 1, "filters": tool["filters"]}
        for store in ("vs_1", "vs_2")
    ]
    assert answer.json()["output"][0]["results"] == []  # nothing scores 0.9 for one word of two


def test_a_json_answer_is_not_cited(client: httpx.Client, stores: StandInStores) -> None:
    answer = search(client, "otters", "vs_1", text={"format": {"type": "json_object"}})
    part = answer.json()["output"][1]["content"][0]
    assert (part["text"], part["annotations"]) == ('{"reply": "You said: otters"}', [])


@pytest.mark.parametrize(
    ("tool", "param"),
    [
        ({"vector_store_ids": "vs_1"}, "tools[0].vector_store_ids"),
        ({"max_num_results": 0}, "tools[0].max_num_results"),
        ({"max_num_results": 51}, "tools[0].max_num_results"),
    ],
)
def test_bad_tool_options_are_400s_naming_the_param(
    client: httpx.Client, stores: StandInStores, tool: dict[str, Any], param: str
) -> None:
    answer = search(client, "otters", "vs_1", tool=tool)
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == param


def test_an_unknown_store_is_a_404_and_adds_nothing(
    client: httpx.Client, stores: StandInStores
) -> None:
    conversation_id = client.post("/conversations").json()["id"]
    answer = search(client, "otters", "vs_1", "vs_nope", conversation=conversation_id)
    assert answer.status_code == 404
    assert answer.json()["error"] == {
        "message": "Vector store with id 'vs_nope' not found.",
        "type": "invalid_request_error",
        "param": "tools[0].vector_store_ids",
        "code": None,
    }
    assert client.get(f"/conversations/{conversation_id}/items").json()["data"] == []


def test_a_stream_adds_the_citations_as_events(client: httpx.Client, stores: StandInStores) -> None:
    streamed = search(client, "otters", "vs_1", stream=True, include=["file_search_call.results"])
    events = [data for _, data in sse_events(streamed.text)]
    kinds = [event["type"] for event in events]
    added = [e for e in events if e["type"] == "response.output_item.added"]
    assert added[0]["item"]["type"] == "file_search_call"
    assert (added[0]["item"]["status"], added[0]["item"]["results"]) == ("in_progress", None)
    part = next(e for e in events if e["type"] == "response.content_part.added")["part"]
    assert part["annotations"] == []  # they arrive one by one, then with the finished part

    annotation = next(e for e in events if e["type"] == "response.output_text.annotation.added")
    parsed = read_exactly(ResponseOutputTextAnnotationAddedEvent, annotation)
    assert (parsed.annotation_index, parsed.content_index) == (0, 0)
    assert annotation["annotation"]["file_id"] == "file-0001"
    assert kinds.index("response.output_text.annotation.added") < kinds.index(
        "response.output_text.done"
    )
    done = next(e for e in events if e["type"] == "response.content_part.done")["part"]
    assert [a["file_id"] for a in done["annotations"]] == ["file-0001"]
    final = events[-1]["response"]
    assert final["output"][1]["content"][0] == done


# -- end to end, through the fake's own vector stores -------------------------------------------

HAS_VECTOR_STORES = "vector_stores" in {f.name for f in dataclasses.fields(ServerState)}


@pytest.mark.skipif(not HAS_VECTOR_STORES, reason="the fake has no vector stores yet")
def test_file_search_through_the_fakes_own_vector_stores(client: httpx.Client) -> None:
    text = b"Sea otters hold hands while they sleep."
    upload = client.post(
        "/files", data={"purpose": "assistants"}, files={"file": ("otters.txt", text)}
    )
    file_id = upload.json()["id"]
    store = client.post("/vector_stores", json={"name": "animals", "file_ids": [file_id]})
    assert store.status_code == 200, store.text
    store_id = store.json()["id"]
    for _ in range(5):  # indexing finishes as it is watched
        attached = client.get(f"/vector_stores/{store_id}/files/{file_id}").json()
        if attached["status"] != "in_progress":
            break
    assert attached["status"] == "completed"

    answer = search(
        client, "Where do otters sleep?", store_id, include=["file_search_call.results"]
    )
    assert answer.status_code == 200, answer.text
    read_exactly(Response, readable(answer.json()))
    call, message = answer.json()["output"]
    assert [r["file_id"] for r in call["results"]] == [file_id]
    citation = message["content"][0]["annotations"][0]
    assert (citation["file_id"], citation["filename"]) == (file_id, "otters.txt")
