from typing import Literal

CreateBatchRequestEndpoint = Literal[
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
]

CREATE_BATCH_REQUEST_ENDPOINT_VALUES: set[CreateBatchRequestEndpoint] = {
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
}


def check_create_batch_request_endpoint(value: str) -> CreateBatchRequestEndpoint:
    if value in CREATE_BATCH_REQUEST_ENDPOINT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_BATCH_REQUEST_ENDPOINT_VALUES!r}"
    )
