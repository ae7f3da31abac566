"""Streaming: a callback sees the reply as it is generated."""

import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
messages = [{"role": "user", "content": "Tell me a short story about a robot and a cat"}]
client.chat(messages, {"stream": True}, lambda chunk: print(chunk.content, end="", flush=True))
print()

chat = client.new_chat_session(messages=[{"role": "system", "content": "You are a poet"}])
reply = chat.send("What's the most boring color?", lambda chunk: print(chunk, end=""))
print()
print(f"(the session kept the {len(reply)}-character reply as its last message)")
