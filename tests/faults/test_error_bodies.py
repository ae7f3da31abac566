"""The error hierarchy, what each error carries, and error bodies that are not API errors."""

from __future__ import annotations

from typing import Any

import oai
import pytest
from faults_support import HELLO, resolve
from oai.testing import FakeOpenAI, Reply


def test_the_hierarchy_is_the_documented_one() -> None:
    assert issubclass(oai.APIError, oai.OpenAIError)
    assert issubclass(oai.APIConnectionError, oai.APIError)
    assert issubclass(oai.APITimeoutError, oai.APIConnectionError)
    assert issubclass(oai.APIStatusError, oai.APIError)
    assert issubclass(oai.StreamError, oai.APIError)
    for cls in (
        oai.BadRequestError,
        oai.AuthenticationError,
        oai.PermissionDeniedError,
        oai.NotFoundError,
        oai.ConflictError,
        oai.UnprocessableEntityError,
        oai.RateLimitError,
        oai.InternalServerError,
    ):
        assert issubclass(cls, oai.APIStatusError)


STATUS_ERRORS = [
    (400, oai.BadRequestError),
    (401, oai.AuthenticationError),
    (403, oai.PermissionDeniedError),
    (404, oai.NotFoundError),
    (409, oai.ConflictError),
    (422, oai.UnprocessableEntityError),
    (429, oai.RateLimitError),
    (500, oai.InternalServerError),
    (502, oai.InternalServerError),
    (503, oai.InternalServerError),
    (418, oai.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_content_methods_raise_the_class_for_the_status_with_every_detail(
    make_client: Any, server: FakeOpenAI, status: int, cls: type[oai.APIStatusError]
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.error(status, "It went wrong", type="some_type", code="c1", param="p1"))
    with pytest.raises(cls) as info:
        await resolve(client.new_chat_session().send("Hi"))
    error = info.value
    assert type(error) is cls
    assert (error.status, error.message, error.type, error.code, error.param) == (
        status,
        "It went wrong",
        "some_type",
        "c1",
        "p1",
    )
    assert error.request_id == "req_1"  # the server's x-request-id
    assert error.retry_after is None
    assert str(error) == (
        f"It went wrong (status {status}, type 'some_type', code 'c1', param 'p1',"
        " request id 'req_1')"
    )


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_status_methods_return_the_status_and_the_error(
    make_client: Any, server: FakeOpenAI, status: int, cls: type[oai.APIStatusError]
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.error(status, "It went wrong", code="c1"))
    got_status, error = await resolve(client.chat(HELLO))
    assert got_status == status
    assert error.error.message == "It went wrong"
    assert error.error.code == "c1"


PAGE = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


async def test_an_html_page_from_a_proxy_gives_a_clear_error_quoting_it(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.html(PAGE))
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(client.new_chat_session().send("Hi"))
    assert info.value.status == 502
    assert info.value.message == f"HTTP 502 with a body that is not an API error: {PAGE!r}"
    assert info.value.body == PAGE
    assert info.value.__cause__ is None  # not a JSONDecodeError in disguise


async def test_a_long_html_page_is_cut_to_its_first_bytes(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(max_retries=0)
    page = "<html>" + "x" * 5000 + "</html>"
    server.enqueue(Reply.html(page, status=503))
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(client.new_chat_session().send("Hi"))
    assert repr(page[:1000] + "...") in info.value.message
    assert len(info.value.message) < 1100
    assert info.value.body == page  # the whole page is kept on the error


async def test_status_methods_return_an_html_page_as_text(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.html(PAGE), Reply.html(PAGE))
    assert await resolve(client.chat(HELLO)) == (502, PAGE)
    assert await resolve(client.chat(HELLO, None, lambda chunk: None)) == (502, PAGE)


async def test_an_html_502_is_retried_and_the_last_page_returned(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(*[Reply.html(PAGE)] * 3)
    status, body = await resolve(anyclient.models())
    assert (status, body) == (502, PAGE)
    assert len(server.requests) == 3


async def test_a_success_status_with_a_body_that_is_not_json_names_both(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.html("<html>maintenance</html>", status=200))
    with pytest.raises(oai.APIError) as info:
        await resolve(anyclient.chat(HELLO))
    assert "createChatCompletion answered 200 with a body that is not a JSON object" in str(
        info.value
    )
    assert "'<html>maintenance</html>'" in str(info.value)
    assert info.value.request_id == "req_1"


async def test_connection_errors_carry_no_status(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.drop(reset=True))
    with pytest.raises(oai.APIConnectionError) as info:
        await resolve(client.chat(HELLO))
    assert info.value.status is None
    assert "POST /chat/completions failed" in str(info.value)
