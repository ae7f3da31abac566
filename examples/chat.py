"""A single chat completion: options as a dict, the reply as a typed model."""

import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
status, response = client.chat(
    [
        {"role": "system", "content": "You are a Python programmer"},
        {"role": "user", "content": "Write a 'Hello world' program in Python"},
    ],
    {"model": "gpt-4.1", "temperature": 0.5},
)
if status != 200:  # an error status is returned, not raised: the server's ErrorResponse
    raise SystemExit(f"request failed: {status} {response}")
print(response.choices[0].message.content)  # a generated, typed model
