"""examples/tools.py: a tool round trip in a chat session, against the local server."""

from __future__ import annotations

import json

from test_examples import run_example


def test_tools_example_runs_the_round_trip() -> None:
    lines = run_example("tools.py").splitlines()

    # The fake server fills the forced call's arguments from the tool's JSON schema.
    assert lines[0] == "tool call: get_weather({'city': 'example', 'unit': 'celsius'})"
    # Its answer quotes the tool message, so this is what the example sent back.
    prefix = "The tool returned: "
    assert lines[1].startswith(prefix)
    assert json.loads(lines[1].removeprefix(prefix)) == {
        "city": "example",
        "temperature": 21,
        "sky": "sunny",
    }
    assert lines[2] == "finish_reason: stop"
    assert lines[3] == "roles: user assistant tool assistant"
    assert len(lines) == 4
