"""Streaming: a callback sees the reply as it is generated."""

import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
messages = [{"role": "user", "content": "Tell me a short story about a robot and a cat"}]
status, response = client.chat(
    messages, {"stream": True}, lambda chunk: print(chunk.content, end="", flush=True)
)
print()
if status != 200:  # an error status comes back before any chunk: the callback never ran
    raise SystemExit(f"request failed: {status} {response}")

chat = client.new_chat_session(messages=[{"role": "system", "content": "You are a poet"}])
try:
    reply = chat.send("What's the most boring color?", lambda chunk: print(chunk, end=""))
except oai.APIStatusError as exc:
    raise SystemExit(f"chat session failed: {exc.status} {exc.message}") from None
print()
print(f"(the session kept the {len(reply)}-character reply as its last message)")
