"""examples/responses.py: responses, streaming, a session and a tool round trip, run locally."""

from __future__ import annotations

import json

from test_examples import run_example


def test_responses_example_prints_what_the_local_server_answered() -> None:
    lines = run_example("responses.py").splitlines()

    assert lines[:7] == [
        "response: You said: Tell me a one-line story about a lighthouse",
        "You said: Count from one to five",
        "streamed response: 200 completed",
        "You said: My name is Ada.",
        "You said: What is my name?",
        "second follows first: True",
        "tool call: get_weather({'city': 'example', 'unit': 'celsius'})",
    ]
    # The fake answers a function_call_output with its content: what the example sent back.
    prefix = "The tool returned: "
    assert lines[7].startswith(prefix)
    assert json.loads(lines[7].removeprefix(prefix)) == {
        "city": "example",
        "temperature": 21,
        "sky": "sunny",
    }
    assert lines[8:] == ["fetched again, same text: True", "input items: 1", "deleted: True"]
