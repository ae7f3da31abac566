"""examples/typed.py: typed answers and a tool loop, against a fake model that uses its tools."""

from __future__ import annotations

import json

from test_examples import run_example


def test_typed_example_reads_answers_and_runs_two_rounds_of_tools() -> None:
    lines = run_example("typed.py", calls_tools=True).splitlines()
    # The fake fills the schema the example sent with examples: strings "example", the
    # first Literal value, one list item; so this checks the dataclass's schema went out.
    assert lines[0] == "city: example, example, in spring; sights: 1"
    # The TypedDict answer streamed: chunks carried the object so far, both keys by the end.
    assert lines[1].startswith("verdict: 1/10 after ")
    assert lines[1].endswith("keys so far: 2")
    # One function per round, each with arguments built from its signature's schema.
    prefix = "tool get_weather("
    assert lines[2].startswith(prefix)
    arguments = json.loads(lines[2][len(prefix) : lines[2].index(") -> ")])
    assert arguments == {"city": "example", "unit": "celsius"}
    assert lines[3] == 'tool get_local_time({"city": "example"}) -> 14:30'
    assert lines[4] == "answer: The tool returned: 14:30"
    assert lines[5] == "roles: user assistant user assistant tool assistant tool assistant"
    assert len(lines) == 6
