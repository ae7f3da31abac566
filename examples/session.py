"""A chat session: each send() carries the whole conversation so far."""

import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
chat = client.new_chat_session(
    messages=[{"role": "system", "content": "You are an artist who likes colors"}]
)
print(chat.send("List your top 5 favorite colors"))
print(chat.send("Excluding the colors you just listed, tell me your favorite color"))
for message in chat.messages:
    print(message["role"], message["content"])
