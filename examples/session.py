"""A chat session: each send() carries the whole conversation so far.

`send()` returns the reply's text, so it has no status to return: an error status raises an
`oai.APIStatusError` (`RateLimitError`, `NotFoundError`, ...) and leaves the history as it was.
"""

import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
chat = client.new_chat_session(
    messages=[{"role": "system", "content": "You are an artist who likes colors"}]
)
try:
    print(chat.send("List your top 5 favorite colors"))
    print(chat.send("Excluding the colors you just listed, tell me your favorite color"))
except oai.APIStatusError as exc:
    raise SystemExit(f"chat session failed: {exc.status} {exc.message}") from None
for message in chat.messages:
    print(message["role"], message["content"])
