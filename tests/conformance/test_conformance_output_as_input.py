"""What the API returned, sent back as input, passes the public spec's validation.

The returned models are read with the generated `from_dict` from JSON shaped like the API's
answers (Prism's own example answers hold few item types, and its `/responses` example leaves
out the `logprobs` its schema requires), then handed to the wrapper as input. Every output item
type the spec defines goes back; the controls show what Prism refuses when output-only values
are sent as they came, and the one item the spec itself makes unsendable.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve
from oai_api.models.chat_completion_response_message import ChatCompletionResponseMessage
from oai_api.models.response import Response

PATH = "/responses"
CHAT_PATH = "/chat/completions"
WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    },
    "strict": True,
}
USER = "user_4f1c2a"  # who made a tool output item, as conversation items record it
RESPONSE = "resp_68c1f0a2"

# One returned item of each output type, as the API answers (and lists conversation items).
ITEMS: dict[str, dict[str, Any]] = {
    "reasoning": {
        "type": "reasoning",
        "id": "rs_68c1f0a2b3",
        "summary": [{"type": "summary_text", "text": "**Forecast**\n\nCall get_weather."}],
        "encrypted_content": "gAAAAABoweJ2kZ8-opaque==",
        "status": None,
    },
    "message": {
        "type": "message",
        "id": "msg_68c1f0a2c4",
        "status": "completed",
        "role": "assistant",
        "phase": "final_answer",
        "content": [
            {
                "type": "output_text",
                "text": "It is 18 C in Paris [meteo.example].",
                "annotations": [
                    {
                        "type": "url_citation",
                        "start_index": 21,
                        "end_index": 36,
                        "url": "https://meteo.example/paris",
                        "title": "Paris weather",
                    }
                ],
                "logprobs": [],
            }
        ],
    },
    "function_call": {
        "type": "function_call",
        "id": "fc_68c1f0a2d5",
        "call_id": "call_Vx9",
        "name": "get_weather",
        "arguments": '{"city":"Paris"}',
        "status": "completed",
    },
    "function_call_output": {
        "type": "function_call_output",
        "id": "fco_68c1f0a34c",
        "call_id": "call_Vx9",
        "output": "18 C",
        "status": "completed",
        "created_by": USER,
    },
    "web_search_call": {
        "type": "web_search_call",
        "id": "ws_68c1f0a2e6",
        "status": "completed",
        "action": {
            "type": "search",
            "query": "weather Paris",
            "sources": [{"type": "url", "url": "https://meteo.example/paris"}],
        },
    },
    "file_search_call": {
        "type": "file_search_call",
        "id": "fs_68c1f0a2f7",
        "status": "completed",
        "queries": ["holiday policy"],
        "results": [
            {
                "file_id": "file-2dtbBZdjtDKS8eqWxqbgDi",
                "filename": "handbook.pdf",
                "score": 0.93,
                "text": "Employees get 25 days.",
                "attributes": {},
            }
        ],
    },
    "image_generation_call": {
        "type": "image_generation_call",
        "id": "ig_68c1f0a308",
        "status": "completed",
        "result": "iVBORw0KGgo=",
        "revised_prompt": "A watercolor of Paris in the rain",
        "background": "opaque",
        "output_format": "png",
        "quality": "high",
        "size": "1024x1024",
    },
    "code_interpreter_call": {
        "type": "code_interpreter_call",
        "id": "ci_68c1f0a319",
        "status": "completed",
        "container_id": "cntr_68c1f0a3",
        "code": "print(6 * 7)",
        "outputs": [{"type": "logs", "logs": "42\n"}],
    },
    "computer_call": {
        "type": "computer_call",
        "id": "cu_68c1f0a32a",
        "call_id": "call_cu1",
        "action": {"type": "click", "button": "left", "x": 156, "y": 50},
        "pending_safety_checks": [],
        "status": "completed",
    },
    "computer_call_output": {
        "type": "computer_call_output",
        "id": "cuo_68c1f0a33b",
        "call_id": "call_cu1",
        "output": {"type": "computer_screenshot", "image_url": "data:image/png;base64,iVBORw=="},
        "acknowledged_safety_checks": [],
        "status": "completed",
        "created_by": USER,
    },
    "local_shell_call": {
        "type": "local_shell_call",
        "id": "lsh_68c1f0a35d",
        "call_id": "call_ls1",
        "action": {
            "type": "exec",
            "command": ["ls", "-la"],
            "env": {},
            "timeout_ms": None,
            "working_directory": None,
            "user": None,
        },
        "status": "completed",
    },
    "local_shell_call_output": {
        "type": "local_shell_call_output",
        "id": "lsho_68c1f0a36e",
        "call_id": "call_ls1",
        "output": "total 0\n",
        "status": "completed",
    },
    "shell_call": {
        "type": "shell_call",
        "id": "sh_68c1f0a37f",
        "call_id": "call_sh1",
        "action": {"commands": ["ls"], "timeout_ms": 120000, "max_output_length": 4096},
        "status": "completed",
        "environment": {"type": "local"},
        "created_by": RESPONSE,
    },
    "shell_call_output": {
        "type": "shell_call_output",
        "id": "sho_68c1f0a380",
        "call_id": "call_sh1",
        "status": "completed",
        "output": [
            {
                "stdout": "README.md\n",
                "stderr": "",
                "outcome": {"type": "exit", "exit_code": 0},
                "created_by": USER,
            }
        ],
        "max_output_length": 4096,
        "created_by": USER,
    },
    "apply_patch_call": {
        "type": "apply_patch_call",
        "id": "apc_68c1f0a391",
        "call_id": "call_ap1",
        "status": "completed",
        "operation": {"type": "update_file", "path": "README.md", "diff": "@@ -1 +1 @@\n-a\n+b\n"},
        "created_by": RESPONSE,
    },
    "apply_patch_call_output": {
        "type": "apply_patch_call_output",
        "id": "apco_68c1f0a3a2",
        "call_id": "call_ap1",
        "status": "completed",
        "output": "Patched README.md",
        "created_by": USER,
    },
    "mcp_list_tools": {
        "type": "mcp_list_tools",
        "id": "mcpl_68c1f0a3b3",
        "server_label": "deepwiki",
        "tools": [
            {
                "name": "ask_question",
                "description": "Ask about a repository",
                "input_schema": {"type": "object", "properties": {"question": {"type": "string"}}},
                "annotations": {"read_only": True},
            }
        ],
        "error": None,
    },
    "mcp_approval_request": {
        "type": "mcp_approval_request",
        "id": "mcpr_68c1f0a3c4",
        "server_label": "deepwiki",
        "name": "ask_question",
        "arguments": '{"question":"What is it?"}',
    },
    "mcp_call": {
        "type": "mcp_call",
        "id": "mcp_68c1f0a3e6",
        "server_label": "deepwiki",
        "name": "ask_question",
        "arguments": '{"question":"What is it?"}',
        "output": "A wiki.",
        "error": None,
        "status": "completed",
        "approval_request_id": None,
    },
    "custom_tool_call": {
        "type": "custom_tool_call",
        "id": "ctc_68c1f0a3f7",
        "call_id": "call_ct1",
        "name": "run_sql",
        "input": "SELECT 1",
    },
    "custom_tool_call_output": {
        "type": "custom_tool_call_output",
        "id": "ctco_68c1f0a408",
        "call_id": "call_ct1",
        "output": "1",
        "status": "completed",
        "created_by": USER,
    },
    "tool_search_call": {
        "type": "tool_search_call",
        "id": "tsc_68c1f0a419",
        "call_id": "call_ts1",
        "execution": "server",
        "arguments": {"query": "weather"},
        "status": "completed",
        "created_by": RESPONSE,
    },
    "tool_search_output": {
        "type": "tool_search_output",
        "id": "tso_68c1f0a42a",
        "call_id": "call_ts1",
        "execution": "server",
        "tools": [WEATHER_TOOL],
        "status": "completed",
        "created_by": RESPONSE,
    },
    "additional_tools": {
        "type": "additional_tools",
        "id": "at_68c1f0a43b",
        "role": "developer",
        "tools": [WEATHER_TOOL],
    },
    "compaction": {
        "type": "compaction",
        "id": "cmp_68c1f0a44c",
        "encrypted_content": "gAAAAABocompacted==",
        "created_by": RESPONSE,
    },
    "program": {
        "type": "program",
        "id": "prg_68c1f0a45d",
        "call_id": "call_pg1",
        "code": "const w = await tools.get_weather({city: 'Paris'});",
        "fingerprint": "fp_68c1f0a4",
    },
    "program_output": {
        "type": "program_output",
        "id": "prgo_68c1f0a46e",
        "call_id": "call_pg1",
        "result": "18 C",
        "status": "completed",
    },
}
APPROVAL_RESPONSE = {
    "type": "mcp_approval_response",
    "id": "mcpa_68c1f0a3d5",
    "approval_request_id": "mcpr_68c1f0a3c4",
    "approve": True,
    "reason": None,
}

# What leaves each item, and why (the request side's schema in ../shared's spec).
LEFT_OUT: dict[str, tuple[str, ...]] = {
    # `status` is not nullable in ReasoningItem: a null is refused (the control below).
    "reasoning": ("status",),
    # ImageGenToolCall declares type, id, status and result only; the rest describe the answer.
    "image_generation_call": ("revised_prompt", "background", "output_format", "quality", "size"),
    # The *ItemParam / input schemas of tool outputs and calls have no `created_by`.
    "function_call_output": ("created_by",),
    "computer_call_output": ("created_by",),
    "shell_call": ("created_by",),
    "shell_call_output": ("created_by",),  # and each output entry's (see `expected`)
    "apply_patch_call": ("created_by",),
    "apply_patch_call_output": ("created_by",),
    "tool_search_call": ("created_by",),
    "tool_search_output": ("created_by",),
    "compaction": ("created_by",),
    # CustomToolCallOutput declares no `status` either.
    "custom_tool_call_output": ("created_by", "status"),
}


def returned(*items: dict[str, Any]) -> list[Any]:
    """The output items of a response that carried `items`, as the wrapper reads them."""
    body = {
        "id": RESPONSE,
        "object": "response",
        "created_at": 1_757_000_000,
        "status": "completed",
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "model": "gpt-5",
        "output": [copy.deepcopy(item) for item in items],
        "parallel_tool_calls": True,
        "metadata": {},
        "tool_choice": "auto",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
    }
    output = Response.from_dict(body).output
    assert not any(isinstance(item, dict) for item in output), output  # all read as models
    return list(output)


def expected(kind: str) -> dict[str, Any]:
    """The input item `ITEMS[kind]` goes back as."""
    item = {k: v for k, v in ITEMS[kind].items() if k not in LEFT_OUT.get(kind, ())}
    if kind == "shell_call_output":
        item["output"] = [
            {k: v for k, v in entry.items() if k != "created_by"} for entry in item["output"]
        ]
    return item


@pytest.mark.parametrize("kind", list(ITEMS))
async def test_each_returned_item_type_goes_back_valid(
    anyclient: Any, sent: list[Exchange], kind: str
) -> None:
    result = await resolve(anyclient.create_response(returned(ITEMS[kind]), model="gpt-5"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == [expected(kind)]


async def test_a_whole_turn_goes_back_with_the_tool_result(
    anyclient: Any, sent: list[Exchange]
) -> None:
    """The manual loop: reasoning, the call, its result, then the answer and a new question."""
    first = returned(ITEMS["reasoning"], ITEMS["function_call"])
    result = {"type": "function_call_output", "call_id": "call_Vx9", "output": "18 C"}
    second = returned(ITEMS["message"])
    question = {"role": "user", "content": "And tomorrow?"}
    outcome = await resolve(
        anyclient.create_response(
            [*first, result, *second, question],
            model="gpt-5",
            tools=[WEATHER_TOOL],
            reasoning={"effort": "low"},
            include=["reasoning.encrypted_content"],
            store=False,
        )
    )
    assert_accepted(outcome, sent, PATH)
    sent_input = sent[0].json()["input"]
    assert sent_input == [
        expected("reasoning"),
        expected("function_call"),
        result,
        expected("message"),
        question,
    ]
    assert sent_input[0]["encrypted_content"] == ITEMS["reasoning"]["encrypted_content"]


async def test_every_item_type_at_once(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.create_response(returned(*ITEMS.values()), model="gpt-5"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == [expected(kind) for kind in ITEMS]


def test_control_the_null_status_left_out_is_refused(raw: httpx.Client) -> None:
    """Why a reasoning item's `status: null` is left out: the spec does not allow it."""
    (reasoning,) = returned(ITEMS["reasoning"])
    body = {"model": "gpt-5", "input": [reasoning.to_dict()]}
    assert_refused(raw.post(PATH, headers=AUTH, json=body), "input.0.status must be string")


def test_control_an_approval_response_needs_the_undeclared_request_id(raw: httpx.Client) -> None:
    """The spec requires `request_id` of `mcp_approval_response` but never declares it.

    No answer carries one, so a returned approval response cannot pass as it is (nor one
    written as the API's guide shows); nothing left out causes this. Should the spec drop the
    requirement, this control fails and the item joins `ITEMS`.
    """
    body = {"model": "gpt-5", "input": [APPROVAL_RESPONSE]}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert_refused(response, "input.0 must have required property 'request_id'")


async def test_an_approval_response_keeps_a_request_id_it_carries(
    anyclient: Any, sent: list[Exchange]
) -> None:
    """`request_id` is kept, though no generated model declares it (`_REQUIRED_UNDECLARED`)."""
    carried = {**APPROVAL_RESPONSE, "request_id": "mcpr_68c1f0a3c4"}
    result = await resolve(anyclient.create_response(returned(carried), model="gpt-5"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == [carried]


# -- chat -----------------------------------------------------------------------------------

CALL_MESSAGE = {
    "role": "assistant",
    "content": None,
    "refusal": None,
    "annotations": [],
    "tool_calls": [
        {
            "id": "call_Vx9",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
        }
    ],
}
AUDIO_MESSAGE = {  # with text content: an audio-only reply (content null) is refused up front
    "role": "assistant",
    "content": "It is 18 C in Paris.",
    "refusal": None,
    "annotations": [
        {
            "type": "url_citation",
            "url_citation": {
                "start_index": 0,
                "end_index": 4,
                "url": "https://meteo.example/paris",
                "title": "Paris weather",
            },
        }
    ],
    "audio": {
        "id": "audio_68c1f0a4",
        "expires_at": 1_757_003_600,
        "data": "UklGRiQAAABXQVZFZm10IBAAAAABAAEA",
        "transcript": "It is 18 C in Paris.",
    },
}
QUESTION = {"role": "user", "content": "Weather in Paris?"}
CHAT_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": WEATHER_TOOL["parameters"],
    },
}


async def test_a_tool_call_message_goes_back_in_a_mixed_list(
    anyclient: Any, sent: list[Exchange]
) -> None:
    message = ChatCompletionResponseMessage.from_dict(copy.deepcopy(CALL_MESSAGE))
    result = {"role": "tool", "tool_call_id": "call_Vx9", "content": "18 C"}
    outcome = await resolve(
        anyclient.chat([QUESTION, message, result], model="gpt-4.1", tools=[CHAT_TOOL])
    )
    assert_accepted(outcome, sent, CHAT_PATH)
    back = {k: v for k, v in CALL_MESSAGE.items() if k != "annotations"}
    assert sent[0].json()["messages"] == [QUESTION, back, result]


async def test_an_audio_reply_goes_back_as_its_id_in_a_session(
    anyclient: Any, sent: list[Exchange]
) -> None:
    message = ChatCompletionResponseMessage.from_dict(copy.deepcopy(AUDIO_MESSAGE))
    session = anyclient.new_chat_session(
        [QUESTION], model="gpt-4o-audio-preview", modalities=["text", "audio"]
    )
    session.append_message(message)
    await resolve(session.send("Thanks!", audio={"voice": "alloy", "format": "wav"}))
    assert_accepted((sent[-1].status, None), sent, CHAT_PATH)
    assert sent[0].json()["messages"][1] == {
        "role": "assistant",
        "content": "It is 18 C in Paris.",
        "refusal": None,
        "audio": {"id": "audio_68c1f0a4"},
    }


async def test_prisms_own_chat_answer_goes_back(anyclient: Any, sent: list[Exchange]) -> None:
    """Prism's example message carries `annotations`, `audio` and a legacy `function_call`."""
    status, completion = await resolve(anyclient.chat([QUESTION], model="gpt-4.1"))
    assert status == 200
    outcome = await resolve(
        anyclient.chat([QUESTION, completion.choices[0].message], model="gpt-4.1")
    )
    assert_accepted(outcome, sent, CHAT_PATH)
    back = sent[1].json()["messages"][1]
    assert "annotations" not in back
    assert back["audio"] == {"id": completion.choices[0].message.audio.id}
