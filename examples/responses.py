"""The Responses API: a response, a streamed one, a session the server remembers, and tools.

`create_response` returns `(status, response)`; `response.output_text` is all of its text. A
session sends only the new input each time, chained to the previous response by id, so the
conversation lives on the server; having no status to return, it raises on an error status.
"""

import json
import os
from typing import Any

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))

# One response.
status, response = client.create_response("Tell me a one-line story about a lighthouse")
if status != 200:
    raise SystemExit(f"request failed: {status} {response}")
print("response:", response.output_text)


# Streamed: the callback receives every event as its generated model (an event type this
# client does not know arrives as a dict); the whole response is still returned at the end.
def show(event: Any) -> None:
    kind = event["type"] if isinstance(event, dict) else event.type_
    if kind == "response.output_text.delta":
        print(event.delta, end="", flush=True)


status, streamed = client.create_response("Count from one to five", callback=show)
print()
if status != 200:
    raise SystemExit(f"request failed: {status} {streamed}")
print("streamed response:", status, streamed.status)

# A session: each send() follows the previous response (previous_response_id).
session = client.new_responses_chat_session(instructions="Answer in one short sentence.")
try:
    print(session.send("My name is Ada.").output_text)
    session.send("What is my name?", callback=lambda chunk: print(chunk, end="", flush=True))
except oai.APIStatusError as exc:
    raise SystemExit(f"session failed: {exc.status} {exc.message}") from None
print()
first, second = session.response_history
print("second follows first:", second.previous_response_id == first.id)

# A tool round trip: the model calls a function, the result goes back as the next input.
WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "The current weather in a city",
    "parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        },
        "required": ["city", "unit"],
        "additionalProperties": False,
    },
    "strict": True,  # the arguments will match the schema; the public spec requires the field
}


def get_weather(city: str, unit: str = "celsius") -> dict[str, object]:
    """A stand-in for a real weather service."""
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "sky": "sunny"}


tools = client.new_responses_chat_session(tools=[WEATHER])
try:
    asked = tools.send("What's the weather like in Paris?", tool_choice="required")
    results = []
    for call in asked.function_calls():
        arguments = json.loads(call.arguments)
        print(f"tool call: {call.name}({arguments})")
        output = json.dumps(get_weather(**arguments))
        results.append({"type": "function_call_output", "call_id": call.call_id, "output": output})
    print(tools.send(results).output_text)
except oai.APIStatusError as exc:
    raise SystemExit(f"tool round trip failed: {exc.status} {exc.message}") from None

# Stored responses can be fetched again, their input listed, and deleted.
status, again = client.response(response.id)
if status != 200:
    raise SystemExit(f"fetch failed: {status} {again}")
print("fetched again, same text:", again.output_text == response.output_text)
try:  # an iterator has no status to return: it raises on an error status
    items = list(client.iter_response_input_items(response.id))
except oai.APIStatusError as exc:
    raise SystemExit(f"listing input items failed: {exc.status} {exc.message}") from None
print("input items:", len(items))
status, deleted = client.delete_response(response.id)
if status != 200:
    raise SystemExit(f"delete failed: {status} {deleted}")
print("deleted:", deleted["deleted"])
