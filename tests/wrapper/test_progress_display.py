"""`progress=True` of `run_batch` and `map`: requests finished of the total, shown on stderr."""

from __future__ import annotations

import io
from typing import Any

import oai
import pytest
from oai._cli_progress import CountDisplay
from oai.testing import FakeOpenAI


def _bodies(n: int) -> list[dict[str, Any]]:
    return [{"messages": [{"role": "user", "content": f"q{i}"}]} for i in range(n)]


def test_the_display_moves_by_whole_percents_and_ends_its_line_once() -> None:
    shown = io.StringIO()  # not a terminal: a line per step
    display = CountDisplay("map", shown)
    for finished in range(1, 1001):
        display(finished, 1000)
    display(1000, 1000)  # after the end: nothing more
    lines = shown.getvalue().splitlines()
    assert len(lines) == 101  # 1,000 changes: the first, then one line per whole percent
    assert lines[:2] == ["map: 0% 1 of 1,000", "map: 1% 10 of 1,000"]
    assert lines[-1] == "map: 100% 1,000 of 1,000"


def test_an_input_of_unknown_length_is_shown_every_thousand() -> None:
    shown = io.StringIO()
    display = CountDisplay("map", shown)
    for finished in range(1, 2500):
        display(finished, None)
    assert shown.getvalue().splitlines() == ["map: 1 done", "map: 1,000 done", "map: 2,000 done"]


def test_map_and_run_batch_show_progress_on_stderr(
    client: oai.OpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    results = client.map(_bodies(5), progress=True)
    assert len(results) == 5
    assert "map: 100% 5 of 5" in capsys.readouterr().err
    run = client.run_batch(_bodies(3), progress=True)
    assert len(list(run)) == 3
    assert "batch: 100% 3 of 3" in capsys.readouterr().err


def test_a_progress_that_is_neither_callable_nor_true_is_refused_before_sending(
    client: oai.OpenAI, server: FakeOpenAI
) -> None:
    with pytest.raises(TypeError, match="progress must be callable or True, got str"):
        client.map(_bodies(2), progress="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="progress must be callable or True, got str"):
        client.run_batch(_bodies(2), progress="yes")  # type: ignore[arg-type]
    assert server.received == 0
