"""`error_from_body`: one rule for what an error body says, whatever server sent it.

Bodies here are what real OpenAI-compatible servers send (OpenAI, FastAPI servers such as
llama.cpp's and vLLM's, Prism's problem+json, LiteLLM's failed stream, Gemini). The rule is pure
and stdlib-only, so that the generated client can use it too: that is checked as well.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from oai_api._error_bodies import ErrorFields, error_from_body

MODULE = Path(__file__).resolve().parents[2] / "scripts" / "package_modules" / "_error_bodies.py"

PRISM_DETAIL = (
    "Your request is not valid and no HTTP validation response was found in the spec, "
    "so Prism is generating this error for you."
)
PRISM_422 = {
    "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
    "title": "Invalid request",
    "status": 422,
    "detail": PRISM_DETAIL,
    "validation": [
        {
            "location": ["body"],
            "severity": "Error",
            "code": "required",
            "message": "must have required property 'model'",
        }
    ],
}


def fields(message: str, **details: str | None) -> ErrorFields:
    return ErrorFields(
        message=message,
        type=details.get("type"),
        code=details.get("code"),
        param=details.get("param"),
    )


def read(data: Any, content_type: str = "application/json") -> ErrorFields | None:
    return error_from_body(json.dumps(data).encode(), content_type)


def test_an_openai_error_is_read_as_it_is() -> None:
    body = {
        "error": {"message": "Bad key", "type": "auth", "code": "invalid_api_key", "param": None}
    }
    assert read(body) == fields("Bad key", type="auth", code="invalid_api_key")


def test_codes_that_are_numbers_become_text() -> None:
    body = {"error": {"message": "Overloaded", "type": "server_error", "code": 503}}
    assert read(body) == fields("Overloaded", type="server_error", code="503")


def test_an_error_object_without_a_message_still_says_something() -> None:
    assert read({"error": {"code": "x"}}) == fields('{"code":"x"}', code="x")


def test_an_error_given_as_a_string() -> None:
    body = {"error": "model 'llama9' not found", "type": "not_found"}
    assert read(body) == fields("model 'llama9' not found", type="not_found")


def test_fastapi_detail_as_a_sentence() -> None:
    assert read({"detail": "Invalid API key"}) == fields("Invalid API key")


def test_fastapi_validation_errors_name_each_field() -> None:
    body = {
        "detail": [
            {"loc": ["body", "messages", 0, "role"], "msg": "Field required", "type": "missing"},
            {"loc": ["body", "temperature"], "msg": "Input should be a number"},
        ]
    }
    assert read(body) == fields(
        "body.messages.0.role: Field required; body.temperature: Input should be a number"
    )


def test_one_validation_error_names_its_field_as_param() -> None:
    body = {"detail": [{"loc": ["body", "temperature"], "msg": "Input should be a number"}]}
    assert read(body) == fields("body.temperature: Input should be a number", param="temperature")


def test_prism_422_puts_the_reason_before_the_generic_detail() -> None:
    got = read(PRISM_422, "application/problem+json")
    assert got == fields(
        f"Invalid request: body: must have required property 'model' ({PRISM_DETAIL})",
        type="https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
    )
    assert got is not None
    assert got["message"].index("'model'") < 100


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {
                "type": "https://stoplight.io/prism/errors#UNAUTHORIZED",
                "title": "Invalid security scheme used",
                "status": 401,
                "detail": "",
            },
            "Invalid security scheme used",
        ),
        (
            {
                "type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
                "title": "Route not resolved, no path matched",
                "status": 404,
                "detail": "The route /chat/completions hasn't been found in the specification",
            },
            "Route not resolved, no path matched:"
            " The route /chat/completions hasn't been found in the specification",
        ),
    ],
)
def test_prism_401_and_404(body: dict[str, Any], message: str) -> None:
    got = read(body, "application/problem+json")
    assert got == fields(message, type=body["type"])


def test_problem_details_without_a_title_and_with_the_default_type() -> None:
    body = {"type": "about:blank", "status": 404, "detail": "No such thing"}
    assert read(body, "application/problem+json") == fields("No such thing")


def test_an_sse_error_event_is_read_like_a_json_body() -> None:
    body = (
        b": keep-alive\r\n\r\n"
        b'data: {"error": {"message": "upstream failed", "type": "api_error", "code": "500"}}'
        b"\r\n\r\n"
    )
    got = error_from_body(body, "text/event-stream")
    assert got == fields("upstream failed", type="api_error", code="500")
    # A proxy that mislabels the stream does not hide it either.
    assert error_from_body(body.replace(b": keep-alive\r\n\r\n", b""), "text/plain") == got


def test_an_sse_stream_with_no_json_event_says_nothing() -> None:
    assert error_from_body(b"data: oops\n\n", "text/event-stream") is None


def test_gemini_wraps_the_error_in_a_list() -> None:
    body = [{"error": {"code": 400, "message": "API key not valid", "status": "INVALID_ARGUMENT"}}]
    assert read(body) == fields("API key not valid", type="INVALID_ARGUMENT", code="400")


def test_an_unwrapped_error_object() -> None:
    body = {"object": "error", "message": "model not loaded", "type": "NotFoundError", "code": 404}
    assert read(body) == fields("model not loaded", type="NotFoundError", code="404")


def test_json_of_another_shape_is_quoted_whole() -> None:
    assert read({"status": "down", "retry": True}) == fields('{"status":"down","retry":true}')
    assert read("Unauthorized") == fields("Unauthorized")


def test_a_huge_unknown_json_body_is_quoted_only_in_part() -> None:
    got = read({"blob": "x" * 10_000})
    assert got is not None
    assert got["message"].endswith("...")
    assert len(got["message"]) < 2100


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        (b"upstream connect error", "text/plain"),
        (b"", None),
        (b"   ", "application/json"),
    ],
)
def test_bodies_that_are_not_json_say_nothing(content: bytes, content_type: str | None) -> None:
    assert error_from_body(content, content_type) is None


def test_the_module_imports_only_the_standard_library() -> None:
    """The lead moves it into the generated package: nothing of the wrapper may come along."""
    tree = ast.parse(MODULE.read_text())
    imported = {
        (node.module or "" if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    relative = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level]
    assert not relative
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}
