"""Retrieval: answer from your own documents with a vector store and the file_search tool.

Two text files are uploaded into a new vector store, which indexes them in the background;
`create_vector_store` returns once both are searchable. A Responses session with the
`file_search` tool then answers from them, and the answer's annotations say which file each
part came from.
"""

import os
import tempfile
from pathlib import Path

import oai
from oai_api.api.vector_stores import delete_vector_store

client = oai.new(os.getenv("OPENAI_API_KEY"))

with tempfile.TemporaryDirectory() as folder:
    policy = Path(folder, "returns.md")
    policy.write_text(
        "# Returns\n\nItems can be returned within 30 days of delivery for a full refund.\n\n"
        "Opened software cannot be returned.\n"
    )
    shipping = Path(folder, "shipping.md")
    shipping.write_text("# Shipping\n\nOrders ship within 2 working days, worldwide.\n")
    try:
        store = client.create_vector_store("shop help", files=[policy, shipping], timeout=300)
    except oai.APIStatusError as exc:
        raise SystemExit(f"the vector store failed: {exc.status} {exc.message}") from None
print(f"store: {store.file_counts.completed} files ready, {store.file_counts.failed} failed")

status, found = client.search_vector_store(store.id, "how many days to return an item")
if status != 200:
    raise SystemExit(f"search failed: {status} {found}")
best = found.data[0]
print(f"best match: {best.filename} ({best.score:.2f})")

session = client.new_responses_chat_session(
    tools=[{"type": "file_search", "vector_store_ids": [store.id]}],
    include=["file_search_call.results"],
)
try:
    response = session.send("Within how many days can items be returned?")
except oai.APIStatusError as exc:
    raise SystemExit(f"the question failed: {exc.status} {exc.message}") from None
print(f"answer: {response.output_text}")
cited = sorted(
    {
        annotation.filename
        for item in response.output
        if item.type_ == "message"
        for part in item.content
        for annotation in getattr(part, "annotations", None) or []
        if annotation.type_ == "file_citation"
    }
)
print(f"cited: {', '.join(cited) or 'nothing'}")

# The wrapper has no call for every operation; the generated client has them all.
deleted = delete_vector_store.sync(store.id, client=client.api)
print(f"store deleted: {getattr(deleted, 'deleted', False)}")
