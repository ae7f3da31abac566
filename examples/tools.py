"""Tool calling in a chat session: the model asks for a function, we run it, it answers.

`send()` returns the assistant's message (a dict with `tool_calls`) instead of text when the
model wants tools run; each result goes back as a `tool` message, then `generate_response()`
asks for the answer. Streaming or not, the round trip is the same.
"""

import json
import os

import oai

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["city"],
            },
        },
    }
]


def get_weather(city: str, unit: str = "celsius") -> dict[str, object]:
    """A stand-in for a real weather service."""
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "sky": "sunny"}


FUNCTIONS = {"get_weather": get_weather}

client = oai.new(os.getenv("OPENAI_API_KEY"))
chat = client.new_chat_session(tools=TOOLS)

try:
    # tool_choice="required" for this one call makes sure the model asks for the tool.
    reply = chat.send("What's the weather like in Paris?", tool_choice="required")
    if isinstance(reply, dict):  # the assistant's message, asking for tool calls
        for call in reply["tool_calls"]:
            name, arguments = call["function"]["name"], json.loads(call["function"]["arguments"])
            print(f"tool call: {name}({arguments})")
            result = FUNCTIONS[name](**arguments)
            chat.append_message(
                {"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)}
            )
        # Stream the answer; tool_choice="none" (for this call only) asks for words, not calls.
        reply = chat.generate_response(
            callback=lambda chunk: print(chunk, end="", flush=True), tool_choice="none"
        )
        print()
except oai.APIStatusError as exc:  # a session raises on an error status, history unchanged
    raise SystemExit(f"chat session failed: {exc.status} {exc.message}") from None

print("finish_reason:", chat.last_response.choices[0].finish_reason)
print("roles:", " ".join(message["role"] for message in chat.messages))
