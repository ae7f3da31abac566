"""Files and batches: upload a JSONL file, find it again, read it back, start a batch on it."""

import json
import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
lines = [
    {
        "custom_id": f"request-{n}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": question}]},
    }
    for n, question in enumerate(["What is 2 + 2?", "Name a primary colour."])
]
data = "".join(json.dumps(line) + "\n" for line in lines).encode()

# A path, bytes, a binary file object, or (filename, content) to choose the name it is stored as.
status, uploaded = client.upload_file(("oai-example-requests.jsonl", data), "batch")
if status != 200:
    raise SystemExit(f"upload failed: {status} {uploaded}")
print(f"uploaded {uploaded.filename} ({uploaded.bytes_} bytes, purpose {uploaded.purpose})")

# iter_files() walks every page of the list; no paging loop to write.
found = any(file.id == uploaded.id for file in client.iter_files(purpose="batch"))
print("found it among the batch files:", found)

status, content = client.file_content(uploaded.id)
if status != 200:
    raise SystemExit(f"download failed: {status} {content}")
print("read back unchanged:", content == data)

status, batch = client.create_batch(uploaded.id, "/v1/chat/completions")
if status != 200:
    raise SystemExit(f"batch not created: {status} {batch}")
print(f"batch {batch.status}: {batch.request_counts.total} requests")
status, batch = client.cancel_batch(batch.id)  # this is only a demo: don't run it
if status != 200:
    raise SystemExit(f"cancel failed: {status} {batch}")
print("after cancelling:", batch.status)

status, deleted = client.delete_file(uploaded.id)
if status != 200:
    raise SystemExit(f"delete failed: {status} {deleted}")
print("deleted:", deleted.deleted)
